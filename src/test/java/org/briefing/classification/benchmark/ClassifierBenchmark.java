package org.briefing.classification.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefing.classification.control.Classifier;
import org.briefing.classification.entity.Classification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Classifies the corpus stream ({@link Corpus}) one article after another, on one thread. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClassifierBenchmark {

  private Classifier classifier;
  private List<Corpus.Article> articles;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    classifier = Classifier.fromClasspath();
    articles = Corpus.load();
  }

  /** One article per operation; ops/s times the mean article size gives bytes/s. */
  @Benchmark
  public Classification classify() {
    Corpus.Article a = articles.get(next);
    next = next + 1 == articles.size() ? 0 : next + 1;
    return classifier.classify(a.title(), a.body());
  }

  /** Building the classifier: reading the gazetteer and compiling the automaton. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Classifier load() {
    return Classifier.fromClasspath();
  }
}
