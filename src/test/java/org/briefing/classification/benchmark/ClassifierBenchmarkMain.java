package org.briefing.classification.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.briefing.classification.control.Classifier;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the classifier benchmark and prints what matters: MB/s of article text per core, articles
 * per second, the gazetteer's load time (first load in a fresh JVM, and warm) and the heap a
 * classifier keeps. About a minute: {@code ./mvnw -q test-compile exec:exec@classifier-benchmark}.
 */
public final class ClassifierBenchmarkMain {

  private ClassifierBenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    long t0 = System.nanoTime();
    Classifier first = Classifier.fromClasspath();
    double coldLoadMs = (System.nanoTime() - t0) / 1e6;
    long retained = retainedHeap();

    var options =
        new OptionsBuilder()
            .include(ClassifierBenchmark.class.getName() + ".classify")
            .forks(1)
            .threads(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(3))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(3))
            .jvmArgsAppend("-Xmx512m")
            .build();
    RunResult classify = new Runner(options).runSingle();
    var loadOptions =
        new OptionsBuilder()
            .include(ClassifierBenchmark.class.getName() + ".load")
            .forks(1)
            .warmupIterations(5)
            .measurementIterations(10)
            .build();
    RunResult load = new Runner(loadOptions).runSingle();

    var corpus = Corpus.load();
    double bytes = Corpus.averageBytes(corpus);
    double cpuMbPerSecond = cpuThroughput(first, corpus);
    double perSecond = classify.getPrimaryResult().getScore();
    System.out.println();
    System.out.println("Classifier benchmark (" + first.gazetteerSize() + " gazetteer phrases)");
    System.out.printf(
        Locale.ROOT,
        "  throughput:   %.1f MB/s of article text per core (%,.0f articles/s, mean %.0f bytes)%n",
        perSecond * bytes / 1e6,
        perSecond,
        bytes);
    System.out.printf(
        Locale.ROOT,
        "  cpu time:     %.1f MB per CPU-second of the classifying thread (robust to a busy"
            + " machine)%n",
        cpuMbPerSecond);
    System.out.printf(
        Locale.ROOT,
        "  load:         %.0f ms first load in a fresh JVM, %.1f ms warm%n",
        coldLoadMs,
        load.getPrimaryResult().getScore());
    System.out.printf(
        Locale.ROOT, "  heap:         %.1f MB retained by one classifier%n", retained / 1e6);
  }

  /**
   * Throughput measured in the classifying thread's CPU time rather than wall time, so that other
   * processes on a shared machine do not lower it: about five CPU-seconds after a warm-up.
   */
  private static double cpuThroughput(Classifier classifier, List<Corpus.Article> corpus) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long bytes = 0;
    long start = 0;
    for (int round = 0; ; round++) {
      if (round == 200) { // warmed up: start counting
        start = threads.getCurrentThreadCpuTime();
        bytes = 0;
      }
      for (Corpus.Article a : corpus) {
        sink += classifier.classify(a.title(), a.body()).events().size();
        bytes += a.bytes();
      }
      if (round >= 200 && threads.getCurrentThreadCpuTime() - start > 5_000_000_000L) {
        break;
      }
    }
    if (sink < 0) {
      throw new IllegalStateException();
    }
    return bytes / 1e6 / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
  }

  /** Heap kept by a classifier: used heap after GC with five built, less before, over five. */
  private static long retainedHeap() {
    long before = usedAfterGc();
    var kept = new Classifier[5];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = Classifier.fromClasspath();
    }
    long after = usedAfterGc();
    if (kept[kept.length - 1] == null) {
      throw new IllegalStateException();
    }
    return (after - before) / kept.length;
  }

  private static long usedAfterGc() {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
