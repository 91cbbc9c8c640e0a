package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.briefing.it.support.Api;
import org.briefing.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ledger's filters take what people type (codes in any case, a state's name, a topic in
 * capitals) and answer a value they do not know with a 400 naming the parameter, never with an
 * empty list that looks like "nothing happened".
 */
@ExtendWith(ArquillianExtension.class)
class LedgerFiltersIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();

  @Test
  void actorsAreCodesInAnyCaseOrNames() {
    String byCode = api.get("/api/actors/RU/timeline?with=US").body();
    for (String same :
        new String[] {
          "/api/actors/ru/timeline?with=us", "/api/actors/Russia/timeline?with=United%20States"
        }) {
      HttpResponse<String> answer = api.get(same);
      assertThat(answer.statusCode()).as(same).isEqualTo(200);
      assertThat(answer.body()).as(same).isEqualTo(byCode);
    }
    assertThat(api.get("/api/changes?actor=ru&topic=Rare-Earths").statusCode()).isEqualTo(200);
  }

  @Test
  void unknownValuesAreRefusedNamingTheirParameter() {
    assertRefused("/api/actors/Narnia/timeline", "code", "'Narnia' is not one we know");
    assertRefused("/api/actors/RU/timeline?with=Atlantis", "with", "'Atlantis'");
    assertRefused("/api/actors/RU/timeline?topic=bogus", "topic", "rare-earths");
    assertRefused("/api/changes?topic=bogus", "topic", "lithium");
    assertRefused("/api/changes?actor=XX", "actor", "'XX'");
  }

  private void assertRefused(String path, String parameter, String saying) {
    HttpResponse<String> answer = api.get(path);
    assertThat(answer.statusCode()).as(path).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject error = Api.json(answer).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).as(path).isEqualTo(parameter);
    assertThat(error.getString("message")).as(path).contains(saying);
  }
}
