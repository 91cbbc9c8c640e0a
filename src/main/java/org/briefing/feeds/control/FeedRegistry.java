package org.briefing.feeds.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.briefing.feeds.entity.Feed;
import org.briefing.web.control.InvalidInputException;

/**
 * Registers, removes and polls feeds on an operator's word. The address rules are checked before
 * anything is stored, and a URL registered already is not registered twice.
 */
@ApplicationScoped
public class FeedRegistry {

  @Inject FeedStore store;
  @Inject FeedPoller poller;
  @Inject Clock clock;

  /**
   * A new feed, due at once; or the feed already registered under that URL.
   *
   * @param created false when the URL was registered before (nothing changed)
   */
  public record Registration(Feed feed, boolean created) {}

  public Registration register(String url, String name, int pollMinutes) {
    String address = url.strip();
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      throw new InvalidInputException("url", "is not a valid URL: " + e.getReason());
    }
    poller
        .addresses()
        .refusal(uri)
        .ifPresent(
            reason -> {
              throw new InvalidInputException("url", reason);
            });
    Optional<Feed> known = store.findByUrl(address);
    if (known.isPresent()) {
      return new Registration(known.get(), false);
    }
    return new Registration(
        store.register(address, name.strip(), pollMinutes, Instant.now(clock)), true);
  }

  public Optional<Feed> find(String id) {
    return store.find(id);
  }

  public java.util.List<Feed> all() {
    return store.all();
  }

  public boolean delete(String id) {
    return store.delete(id);
  }

  /** Fetches the feed now, whatever its schedule; its record afterwards, or empty if unknown. */
  public Optional<Feed> pollNow(String id) {
    Optional<Feed> feed = store.find(id);
    if (feed.isEmpty()) {
      return Optional.empty();
    }
    poller.poll(feed.get());
    return store.find(id);
  }
}
