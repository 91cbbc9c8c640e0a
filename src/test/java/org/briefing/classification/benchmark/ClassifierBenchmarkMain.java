package org.briefing.classification.benchmark;

import java.lang.management.ManagementFactory;
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
        "  load:         %.0f ms first load in a fresh JVM, %.1f ms warm%n",
        coldLoadMs,
        load.getPrimaryResult().getScore());
    System.out.printf(
        Locale.ROOT, "  heap:         %.1f MB retained by one classifier%n", retained / 1e6);
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
