package org.briefing.intake.boundary;

import java.util.List;
import org.briefing.intake.control.Receipt;

/**
 * The answer to a post of several articles: a receipt per article, in the order posted, and how
 * many were queued and how many had been received before.
 */
public record BatchReceipt(List<Receipt> articles, long queued, long duplicates) {

  public static BatchReceipt of(List<Receipt> receipts) {
    long duplicates = receipts.stream().filter(Receipt::duplicate).count();
    return new BatchReceipt(receipts, receipts.size() - duplicates, duplicates);
  }
}
