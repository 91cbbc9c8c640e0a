package org.briefing.outbox.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
import org.briefing.outbox.entity.OutboxMessage;

/**
 * Sends what waits in the outbox to the broker, then deletes it. Right after each commit that wrote
 * messages, the committing transaction hands them over, so they are sent without being looked up;
 * every {@link #TICK} the relay also looks in the outbox table for what no hand-over brought (the
 * broker was away, a hand-over was full, a node stopped in between). Both claim their rows first
 * ({@link OutboxStore}), so no two nodes, and no hand-over and look, send one row. A crash between
 * the send and the delete sends a message again, and the broker drops it as a duplicate (its id is
 * the row's); consumers are idempotent besides. One flush at a time per server.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  /** Written in a transaction: handed to the relay once that transaction commits. */
  public record Written(List<OutboxMessage> messages) {}

  static final int BATCH = 100;
  static final Duration TICK = Duration.ofSeconds(2);

  /**
   * Messages handed over and not yet sent, at most; past that, later ones wait for the look in the
   * table (a digest round writes 100,000 at once).
   */
  static final int HANDED_OVER_MAX = 10_000;

  /**
   * The look in the table leaves a message this long to its hand-over, which sends it without
   * reading it back (either would claim it, so it is sent once whichever does).
   */
  static final Duration HANDOVER_GRACE = Duration.ofSeconds(5);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  /** Writers waiting at once for their message to be sent (intake's writer threads, and room). */
  static final int SENDERS = 32;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threadFactory;

  private ExecutorService senders;

  @Inject OutboxStore store;
  @Inject OutboxTransport transport;

  @Inject Clock clock;

  /** Sent by {@link #sendNow}, their rows not yet removed. */
  private final Set<String> sentNotRemoved = ConcurrentHashMap.newKeySet();

  private final AtomicBoolean removalQueued = new AtomicBoolean();

  /** The most sent rows one statement removes. */
  static final int REMOVALS = 500;

  private final Queue<OutboxMessage> handedOver = new ConcurrentLinkedQueue<>();

  /** Their ids: how many are waiting, against {@link #HANDED_OVER_MAX}. */
  private final Set<String> handedOverIds = ConcurrentHashMap.newKeySet();

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final AtomicBoolean lookWanted = new AtomicBoolean();
  private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
  private volatile boolean failing;
  private ScheduledFuture<?> ticks;

  /** Starts the periodic look (see {@link OutboxStart}). */
  public synchronized void start() {
    if (ticks == null) {
      ticks =
          executor.scheduleWithFixedDelay(
              () -> flush(true), 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  public synchronized void stop() {
    if (ticks != null) {
      ticks.cancel(false);
      ticks = null;
    }
  }

  void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) Written written) {
    if (failing || handedOverIds.size() + written.messages().size() > HANDED_OVER_MAX) {
      return; // the look in the table finds them
    }
    written.messages().forEach(m -> handedOverIds.add(m.id()));
    handedOver.addAll(written.messages());
    if (wakeUpQueued.compareAndSet(false, true)) {
      try {
        executor.execute(
            () -> {
              wakeUpQueued.set(false);
              flush(false);
            });
      } catch (RuntimeException e) {
        wakeUpQueued.set(false); // the server is stopping, or the pool is full: the tick sends them
      }
    }
  }

  /**
   * Sends one message now, waiting at most {@code limit}: for a writer that must know the broker
   * has it. Throws when the broker does not take it in time (a broker that has just died can hold a
   * send while the client reconnects); the message then waits in the outbox and the relay sends it
   * later. Its outbox row is removed afterwards, with the others sent meanwhile, so that the writer
   * does not wait for a database commit of its own.
   */
  public void sendNow(OutboxMessage message, Duration limit) {
    Future<?> sending =
        senders()
            .submit(
                () -> {
                  transport.send(List.of(message));
                  removeLater(message.id());
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
   * Removes sent messages' rows in one statement for all that are waiting, on the relay's executor.
   * A row whose removal fails or never comes (the server stopped) is sent again by the look in the
   * table, after its writer's time and the grace; consumers ignore the repeat.
   */
  private void removeLater(String id) {
    sentNotRemoved.add(id);
    if (removalQueued.compareAndSet(false, true)) {
      try {
        executor.execute(this::removeSent);
      } catch (RuntimeException e) {
        removalQueued.set(false); // stopping: the rows stay, and are sent again after a restart
      }
    }
  }

  private void removeSent() {
    removalQueued.set(false); // one sent from now on schedules another removal
    List<String> waiting = List.copyOf(sentNotRemoved);
    for (int from = 0; from < waiting.size(); from += REMOVALS) {
      List<String> ids = waiting.subList(from, Math.min(waiting.size(), from + REMOVALS));
      try {
        store.remove(ids);
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Could not remove " + ids.size() + " sent outbox messages", e);
      } finally {
        ids.forEach(sentNotRemoved::remove);
      }
    }
  }

  /**
   * Whether {@link #sendNow} sent this message after all, though its writer stopped waiting: its
   * row is not removed yet.
   */
  public boolean sentAfterAll(String id) {
    return sentNotRemoved.contains(id);
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

  /**
   * Sends what was handed over and, with {@code lookInTable}, what waits in the table; returns
   * quietly when another flush is already at work (which then goes round once more). Checks once
   * more after letting go, so that a hand-over that came in just then is not left for the tick.
   */
  void flush(boolean lookInTable) {
    if (lookInTable) {
      lookWanted.set(true);
    }
    do {
      if (!running.compareAndSet(false, true)) {
        again.set(true);
        return;
      }
      try {
        sendWhatWaits();
      } finally {
        running.set(false);
      }
    } while (!failing && (again.get() || !handedOver.isEmpty()));
  }

  private void sendWhatWaits() {
    try {
      boolean more = true;
      while (more) {
        again.set(false);
        sendHandedOver();
        boolean tableFull = lookWanted.getAndSet(false) && sendFromTable();
        if (tableFull) {
          lookWanted.set(true);
        }
        more = tableFull || again.get() || !handedOver.isEmpty();
      }
      if (failing) {
        failing = false;
        LOG.info("The outbox reaches the broker again");
      }
    } catch (RuntimeException e) {
      forgetHandedOver(); // still in the table: the next look sends them
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
    }
  }

  /**
   * Sends what was handed over before this round began, not what comes in meanwhile: under steady
   * load the hand-overs never stop, and the look in the table must get its turn.
   */
  private void sendHandedOver() {
    int waiting = handedOver.size();
    List<OutboxMessage> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < waiting; i++) {
      OutboxMessage m = handedOver.poll();
      if (m == null) {
        break;
      }
      batch.add(m);
      if (batch.size() == BATCH) {
        sendAndRemove(batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      sendAndRemove(batch);
    }
  }

  /** True when the table gave a full batch, so that there may be more. */
  private boolean sendFromTable() {
    return store.sendOldest(BATCH, Instant.now(clock).minus(HANDOVER_GRACE), transport::send)
        == BATCH;
  }

  private void sendAndRemove(List<OutboxMessage> batch) {
    try {
      store.sendStillWaiting(batch, transport::send);
    } finally {
      // Sent, or failed and still in the table: either way the look in the table may see them.
      batch.forEach(m -> handedOverIds.remove(m.id()));
    }
  }

  private void forgetHandedOver() {
    handedOver.clear();
    handedOverIds.clear();
  }
}
