package org.briefing.operations.boundary;

/** A failure in one line for a health check's data: its kind and message, never a stack. */
final class Failures {

  private Failures() {}

  static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : ": " + root.getMessage();
    String line = root.getClass().getSimpleName() + message;
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
