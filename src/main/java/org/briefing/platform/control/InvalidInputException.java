package org.briefing.platform.control;

/**
 * Input that passed the syntactic checks but is still wrong (a date that does not exist, an unknown
 * time zone). Answered with 400 and the field at fault.
 */
public class InvalidInputException extends RuntimeException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
