package org.briefing.outbox.control;

/** Whether the broker refused a send because it already had a message of that duplicate id. */
final class DuplicateRefusal {

  private DuplicateRefusal() {}

  static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().equals("ActiveMQDuplicateIdException")
          || String.valueOf(t.getMessage()).contains("Duplicate message detected")) {
        return true;
      }
    }
    return false;
  }
}
