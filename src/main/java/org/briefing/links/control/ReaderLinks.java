package org.briefing.links.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's {@link LinkTokens}, keyed with {@code LINK_SECRET} (server.xml's link.secret; its
 * local default is refused in production). Changing the secret retires every link already sent.
 */
@ApplicationScoped
public class ReaderLinks {

  /** The slot a reader's manage token fills (preferences and unsubscribe links). */
  public static final String MANAGE = "token";

  /** The slot a confirmation token fills. */
  public static final String CONFIRM = "confirmToken";

  @Inject
  @ConfigProperty(name = "link.secret", defaultValue = "briefing-link-local")
  String secret;

  private LinkTokens tokens;

  @PostConstruct
  void key() {
    tokens = new LinkTokens(secret);
  }

  public LinkTokens tokens() {
    return tokens;
  }

  /**
   * The values of a reader's slots, by slot name: their manage token, and the confirmation token of
   * the link expiring at {@code confirmUntil} (epoch milliseconds) when there is one.
   */
  public Map<String, String> slots(String subscriptionId, Long confirmUntil) {
    Map<String, String> values = new HashMap<>();
    values.put(MANAGE, tokens.manage(subscriptionId));
    if (confirmUntil != null) {
      values.put(CONFIRM, tokens.confirm(subscriptionId, Instant.ofEpochMilli(confirmUntil)));
    }
    return values;
  }
}
