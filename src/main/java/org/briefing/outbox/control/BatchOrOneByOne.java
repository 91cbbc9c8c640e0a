package org.briefing.outbox.control;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Sends a batch in one broker transaction and, when the broker refuses that transaction, each of
 * its messages in a transaction of its own: one message the broker already has (a duplicate id)
 * makes it refuse the whole transaction, and must hold back none of the others. Plain Java.
 */
final class BatchOrOneByOne {

  private BatchOrOneByOne() {}

  /**
   * Sends {@code batch} through {@code inOneTransaction}; returns how many of its messages the
   * broker refused because it already had them. Throws the first other refusal.
   */
  static <T> int send(
      List<T> batch, Consumer<List<T>> inOneTransaction, Predicate<RuntimeException> alreadyHad) {
    try {
      inOneTransaction.accept(batch);
      return 0;
    } catch (RuntimeException refused) {
      if (batch.size() == 1) {
        if (alreadyHad.test(refused)) {
          return 1;
        }
        throw refused;
      }
      // Whatever the refusal was: a broker that is away refuses the first message alone too.
      int had = 0;
      for (T message : batch) {
        try {
          inOneTransaction.accept(List.of(message));
        } catch (RuntimeException alone) {
          if (!alreadyHad.test(alone)) {
            alone.addSuppressed(refused);
            throw alone;
          }
          had++;
        }
      }
      return had;
    }
  }
}
