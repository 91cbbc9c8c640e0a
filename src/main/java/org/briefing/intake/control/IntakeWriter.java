package org.briefing.intake.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.briefing.outbox.control.OutboxRelay;
import org.briefing.pipeline.control.PipelineMetrics;
import org.briefing.web.control.UnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores and queues accepted articles in batches (group commit): the posts that arrive while a
 * batch is being written wait together for the next one, which stores them in one database
 * transaction and puts one message for them all on the articles queue. Each post is answered only
 * once its article's message is on the broker. Under light load a batch is one article and costs no
 * more than before; under heavy load one commit and one broker round trip serve up to {@link
 * #MAX_BATCH} posts instead of one.
 */
@ApplicationScoped
public class IntakeWriter {

  private static final Logger LOG = Logger.getLogger(IntakeWriter.class.getName());

  /** The most posts one batch takes. */
  static final int MAX_BATCH = 100;

  /**
   * Batches written at once ({@code INTAKE_WRITERS}), by default one: the posts that arrive while
   * it writes wait for the next batch, so batches grow with the load, and every stage after pays
   * its per-message costs per batch. Four writers made batches of one or two posts and halved the
   * throughput of single posts; the machine's cores, not the writer, are the limit.
   */
  @Inject
  @ConfigProperty(name = "intake.writers", defaultValue = "1")
  int writerCount;

  /** How long a post waits for the broker to take its batch before it is answered 503. */
  static final Duration SEND_LIMIT = Duration.ofSeconds(3);

  /** How long a post waits for its batch at all (a database that hangs). */
  static final Duration ANSWER_LIMIT = Duration.ofSeconds(30);

  /** What a client is told to wait before posting again. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threadFactory;

  @Inject ArticleStore store;
  @Inject OutboxRelay relay;
  @Inject PipelineMetrics metrics;

  private record Post(NewArticle article, CompletableFuture<Receipt> answer) {}

  private final BlockingQueue<Post> waiting = new LinkedBlockingQueue<>();
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean started;
  private volatile boolean stopped;

  /** Stores and queues one article with whatever else is waiting; returns its receipt. */
  public Receipt write(NewArticle article) {
    startWriters();
    CompletableFuture<Receipt> answer = new CompletableFuture<>();
    waiting.add(new Post(article, answer));
    return receipt(answer);
  }

  /**
   * Stores and queues articles posted together, as one batch on the caller's thread; returns their
   * receipts in order. Throws when the broker or the database did not take them (then none of them
   * was stored, unless two equal articles met at the same moment and the batch went one by one: a
   * repeat of the post is recognised either way).
   */
  public List<Receipt> writeTogether(List<NewArticle> articles) {
    List<Post> posts =
        articles.stream().map(article -> new Post(article, new CompletableFuture<>())).toList();
    metrics.intakeBatch(posts.size());
    writeBatch(posts);
    return posts.stream().map(post -> receipt(post.answer())).toList();
  }

  /** The receipt a post is answered with, waiting at most {@link #ANSWER_LIMIT}; or its refusal. */
  private static Receipt receipt(CompletableFuture<Receipt> answer) {
    try {
      return answer.get(ANSWER_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new UnavailableException(
          "The article was not stored within "
              + ANSWER_LIMIT.toSeconds()
              + " s. It may still be; posting it again is safe (it is recognised).",
          RETRY_AFTER);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException("Interrupted while storing the article", RETRY_AFTER);
    }
  }

  private void startWriters() {
    if (!started) { // every post passes here: no lock once the writers run
      startWritersOnce();
    }
  }

  private synchronized void startWritersOnce() {
    if (started || stopped) {
      return;
    }
    for (int i = 0; i < Math.max(1, writerCount); i++) {
      Thread writer = threadFactory.newThread(this::writeWhileRunning);
      writer.setName("briefing-intake-writer-" + i);
      writers.add(writer);
      writer.start();
    }
    started = true;
  }

  @PreDestroy
  synchronized void stop() {
    stopped = true;
    writers.forEach(Thread::interrupt);
    List<Post> left = new ArrayList<>();
    waiting.drainTo(left);
    left.forEach(
        post ->
            post.answer()
                .completeExceptionally(
                    new UnavailableException(
                        "The service is stopping; nothing was stored.", RETRY_AFTER)));
  }

  private void writeWhileRunning() {
    while (!stopped) {
      List<Post> batch = new ArrayList<>();
      try {
        Post first = waiting.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        waiting.drainTo(batch, MAX_BATCH - 1);
        metrics.intakeBatch(batch.size());
        writeBatch(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "An intake batch failed", e);
        batch.forEach(post -> post.answer().completeExceptionally(e));
      }
    }
  }

  private void writeBatch(List<Post> batch) {
    ArticleStore.Stored stored;
    try {
      stored = store.storeAll(batch.stream().map(Post::article).toList());
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        answerRepeatOrFail(batch.get(0), e);
        return;
      }
      // An equal article stored at the same moment by another batch: one by one, so that the
      // repeat is recognised and the others are stored.
      LOG.fine(() -> "An intake batch of " + batch.size() + " goes one by one: " + e);
      batch.forEach(post -> writeBatch(List.of(post)));
      return;
    }
    if (stored.message() != null) {
      try {
        relay.sendNow(stored.message(), SEND_LIMIT);
      } catch (RuntimeException e) {
        RuntimeException refusal = withdraw(stored);
        if (refusal != null) {
          batch.forEach(post -> post.answer().completeExceptionally(refusal));
          return;
        }
      }
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).answer().complete(stored.receipts().get(i));
    }
    if (!stored.storedIds().isEmpty()) {
      LOG.info( // one line a batch, naming each article: a grep for article=<id> finds it
          () ->
              stored.storedIds().stream()
                  .map(id -> "article=" + id + " received and queued for classification")
                  .collect(Collectors.joining("; ")));
    }
  }

  /** Two equal posts at the same moment: one insert wins, the other meets the unique key. */
  private void answerRepeatOrFail(Post post, RuntimeException e) {
    try {
      post.answer()
          .complete(
              store
                  .findSame(post.article().urlKey(), post.article().contentHash())
                  .map(first -> new Receipt(first.id(), first.status().label(), true))
                  .orElseThrow(() -> e));
    } catch (RuntimeException failure) {
      post.answer().completeExceptionally(failure);
    }
  }

  /**
   * After the broker did not take a batch: the refusal every post of it gets, or null when the
   * message went after all. A database that fails here too leaves the batch to the relay.
   */
  private RuntimeException withdraw(ArticleStore.Stored stored) {
    try {
      if (relay.sentAfterAll(stored.message().id()) || !store.withdraw(stored)) {
        return null;
      }
      return new UnavailableException(
          "The message broker did not take the article; nothing was stored. Post it again later.",
          RETRY_AFTER);
    } catch (RuntimeException e) {
      return new UnavailableException(
          "The message broker did not take the article. It is stored and will be queued when the"
              + " broker is back; posting it again is safe (it is recognised).",
          RETRY_AFTER);
    }
  }
}
