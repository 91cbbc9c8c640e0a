package org.briefing.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.articles.control.ArticleBatch;
import org.briefing.outbox.control.QueueSender;
import org.briefing.pipeline.control.JsonMapper;
import org.briefing.pipeline.control.Queues;

/** Tells the alert matcher that the ledger has read an article, and which changes it found. */
@ApplicationScoped
public class LedgerEvents {

  @Inject QueueSender sender;

  /** One article the ledger has read, and the changes it made. */
  public record Read(String articleId, List<String> changeIds) {}

  /**
   * One message for a batch: {@code {"articles":[{"articleId":…,"changeIds":[…]},…]}}, with the
   * article ids and the number of changes as properties.
   */
  public void recorded(List<Read> batch) {
    JsonArrayBuilder articles = JsonMapper.JSON.createArrayBuilder();
    int changes = 0;
    for (Read read : batch) {
      JsonArrayBuilder changeIds = JsonMapper.JSON.createArrayBuilder();
      read.changeIds().forEach(changeIds::add);
      articles.add(
          JsonMapper.JSON
              .createObjectBuilder()
              .add("articleId", read.articleId())
              .add("changeIds", changeIds));
      changes += read.changeIds().size();
    }
    Map<String, String> properties =
        new HashMap<>(ArticleBatch.properties(batch.stream().map(Read::articleId).toList()));
    properties.put("changes", String.valueOf(changes));
    sender.send(
        Queues.ALERTS,
        JsonMapper.JSON.createObjectBuilder().add("articles", articles).build().toString(),
        properties);
  }
}
