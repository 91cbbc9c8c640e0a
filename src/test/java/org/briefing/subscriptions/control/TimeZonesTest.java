package org.briefing.subscriptions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

  @Test
  void oldNamesAndOtherCasesResolveToTheCurrentName() {
    assertThat(TimeZones.resolve("Europe/Kiev")).contains(ZoneId.of("Europe/Kyiv"));
    assertThat(TimeZones.resolve("asia/calcutta")).contains(ZoneId.of("Asia/Kolkata"));
    assertThat(TimeZones.resolve("america/new_york")).contains(ZoneId.of("America/New_York"));
    assertThat(TimeZones.resolve("Europe/Atlantis")).isEmpty();
  }

  @Test
  void theListOffersCurrentNamesOfPlacesOnly() {
    assertThat(TimeZones.offered())
        .startsWith("UTC")
        .contains("Europe/Kyiv", "Asia/Kolkata", "America/Argentina/Buenos_Aires")
        .doesNotContain("Europe/Kiev", "Asia/Calcutta", "US/Eastern", "Etc/GMT+3", "EST");
  }

  @Test
  void aCityTypedAloneSuggestsItsZone() {
    assertThat(TimeZones.suggest("Kyiv")).contains("Europe/Kyiv");
    assertThat(TimeZones.suggest("kiev")).contains("Europe/Kyiv");
    assertThat(TimeZones.suggest("new york")).contains("America/New_York");
    assertThat(TimeZones.suggest("Atlantis")).isEmpty();
  }
}
