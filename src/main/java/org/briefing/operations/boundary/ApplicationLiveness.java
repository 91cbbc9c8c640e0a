package org.briefing.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application answers and none of its threads are deadlocked: a state only a
 * restart ends. Outside systems are readiness, not liveness: restarting the service does not bring
 * a broker back. The heap in use is reported, not judged (garbage not yet collected counts too).
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
    Runtime runtime = Runtime.getRuntime();
    long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    return HealthCheckResponse.named("application")
        .status(deadlocked == null)
        .withData("deadlockedThreads", deadlocked == null ? 0 : deadlocked.length)
        .withData("heapUsedMb", usedMb)
        .withData("heapMaxMb", runtime.maxMemory() / (1024 * 1024))
        .build();
  }
}
