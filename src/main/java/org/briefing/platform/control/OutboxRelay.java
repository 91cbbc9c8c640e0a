package org.briefing.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefing.platform.entity.OutboxMessage;

/**
 * Sends what waits in the outbox to the broker, oldest first, then deletes it: right after each
 * commit that wrote a message, and every {@link #TICK} in case a wake-up was missed, the broker was
 * away or the server stopped in between. A crash between the send and the delete sends a message
 * again; every consumer is idempotent, so that is harmless. One flush at a time per server.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  /** Written in a transaction: the relay looks at the outbox once that transaction commits. */
  public record Written(String queue) {}

  static final int BATCH = 100;
  static final Duration TICK = Duration.ofSeconds(2);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  /** Writers waiting at once for their message to be sent (intake's writer threads, and room). */
  static final int SENDERS = 32;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threadFactory;

  private ExecutorService senders;

  @Inject OutboxStore store;
  @Inject OutboxTransport transport;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
  private volatile boolean failing;
  private ScheduledFuture<?> ticks;

  /** Starts the periodic look (see {@link OutboxStart}). */
  public synchronized void start() {
    if (ticks == null) {
      ticks =
          executor.scheduleWithFixedDelay(this::flush, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  public synchronized void stop() {
    if (ticks != null) {
      ticks.cancel(false);
      ticks = null;
    }
  }

  void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) Written written) {
    if (!failing && wakeUpQueued.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            wakeUpQueued.set(false);
            flush();
          });
    }
  }

  /**
   * Sends one message now and removes it from the outbox, waiting at most {@code limit}: for a
   * writer that must know the broker has it. Throws when the broker does not take it in time (a
   * broker that has just died can hold a send while the client reconnects); the message then waits
   * in the outbox and the relay sends it later.
   */
  public void sendNow(OutboxMessage message, Duration limit) {
    Future<?> sending =
        senders()
            .submit(
                () -> {
                  transport.send(List.of(message));
                  try {
                    store.remove(List.of(message.id()));
                  } catch (RuntimeException e) {
                    // Sent but still in the outbox: the relay sends it again later; consumers
                    // ignore
                    // it.
                    LOG.log(Level.FINE, "Could not remove sent outbox message " + message.id(), e);
                  }
                });
    try {
      sending.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("The broker did not take the message within " + limit, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("The broker did not take the message", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while sending", e);
    }
  }

  /**
   * The threads that send for waiting writers: their own pool, made by the container's thread
   * factory, because a request thread that waits for a task on the shared default executor waits
   * for a free thread of the very pool it occupies (hundreds of milliseconds under load).
   */
  private synchronized ExecutorService senders() {
    if (senders == null) {
      senders = Executors.newFixedThreadPool(SENDERS, threadFactory);
    }
    return senders;
  }

  @PreDestroy
  synchronized void shutdown() {
    if (senders != null) {
      senders.shutdown();
    }
  }

  /** Sends everything that waits; returns quietly when another flush is already at work. */
  void flush() {
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    try {
      boolean more = true;
      while (more) {
        again.set(false);
        List<OutboxMessage> batch = store.oldest(BATCH);
        if (!batch.isEmpty()) {
          transport.send(batch);
          store.remove(batch.stream().map(OutboxMessage::id).toList());
        }
        more = batch.size() == BATCH || again.get();
      }
      if (failing) {
        failing = false;
        LOG.info("The outbox reaches the broker again");
      }
    } catch (RuntimeException e) {
      if (!failing) {
        failing = true;
        LOG.log(
            Level.WARNING,
            "The outbox cannot send to the broker now; its messages wait in the database and are"
                + " sent every "
                + TICK.toSeconds()
                + " s until it can: "
                + e,
            e);
      } else {
        LOG.fine(() -> "The outbox still cannot send: " + e);
      }
    } finally {
      running.set(false);
    }
  }
}
