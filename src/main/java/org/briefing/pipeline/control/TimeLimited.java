package org.briefing.pipeline.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a look at an outside system (broker, database, SMTP server) on a container thread and waits
 * for it no longer than a limit, so that a hanging dependency makes a health check answer DOWN
 * quickly instead of hanging the check. A look still running when the next one is asked for is
 * joined, not started again: a hanging dependency ties up one thread, not one per request.
 */
@ApplicationScoped
public class TimeLimited {

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private final Map<String, Future<?>> running = new ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  public <T> T call(String name, Callable<T> work, Duration limit) throws Exception {
    Future<T> future =
        (Future<T>)
            running.compute(
                name, (key, old) -> old != null && !old.isDone() ? old : executor.submit(work));
    try {
      return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new TimeoutException(name + " did not answer within " + limit.toMillis() + " ms");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }
}
