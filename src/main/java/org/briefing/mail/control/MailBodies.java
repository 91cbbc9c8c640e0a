package org.briefing.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.briefing.mail.entity.MailBody;

/**
 * Composed emails stored once under the SHA-256 of their content, for the many messages that share
 * one. Bodies never change, so the sender keeps the recently used ones in memory.
 */
@ApplicationScoped
public class MailBodies {

  /** Bodies kept in memory by the sender (a round shares a few dozen to a few thousand). */
  static final int CACHED = 512;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  private final Map<String, MailBody> recent =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, MailBody> eldest) {
              return size() > CACHED;
            }
          });

  /**
   * Stores a body in the caller's transaction unless the same content is stored already; returns
   * its id. Two transactions storing the same new body at the same moment: one of them fails on the
   * key and rolls back (its round's next run does it again).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String store(String text, String html) {
    String id = id(text, html);
    if (em.find(MailBody.class, id) == null) {
      em.persist(new MailBody(id, text, html, Instant.now(clock)));
    }
    return id;
  }

  /** The stored body with this id. */
  public Optional<MailBody> find(String id) {
    MailBody body = recent.get(id);
    if (body == null) {
      body = em.find(MailBody.class, id);
      if (body != null) {
        recent.put(id, body);
      }
    }
    return Optional.ofNullable(body);
  }

  /**
   * Deletes the bodies stored before {@code cutoff}; returns how many. A message still waiting for
   * one of them (in a dead-letter queue for that long) can then no longer be sent.
   */
  @Transactional
  public int forgetStoredBefore(Instant cutoff) {
    return em.createQuery("delete from MailBody b where b.createdAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }

  static String id(String text, String html) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      if (html != null) {
        sha.update(html.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
