package org.briefing.web.control;

import java.util.List;

/**
 * Input that passed the syntactic checks but is still wrong (a date that does not exist, an unknown
 * time zone). Answered with 400 and every field at fault, so that a person fixes all at once.
 */
public class InvalidInputException extends RuntimeException {

  /** One field at fault and what is wrong with it. */
  public record FieldError(String field, String message) {}

  private final List<FieldError> errors;

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  /** Several fields at fault; at least one. */
  public InvalidInputException(List<FieldError> errors) {
    super(errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  /** The first field at fault. */
  public String field() {
    return errors.get(0).field();
  }

  public List<FieldError> errors() {
    return errors;
  }
}
