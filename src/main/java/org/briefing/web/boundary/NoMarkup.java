package org.briefing.web.boundary;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Plain text, not HTML: no {@code <} followed by a letter, {@code /}, {@code !} or {@code ?} (a
 * tag, a closing tag, a comment or doctype, a processing instruction). A lone {@code <} as in "a <
 * b" passes.
 */
@Documented
@Constraint(validatedBy = NoMarkup.Check.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NoMarkup {

  String message() default "must be plain text, not HTML";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check; {@code null} passes. */
  class Check implements ConstraintValidator<NoMarkup, CharSequence> {

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
      return text == null || !hasMarkup(text);
    }

    static boolean hasMarkup(CharSequence text) {
      for (int i = 0, last = text.length() - 1; i < last; i++) {
        if (text.charAt(i) == '<' && opensMarkup(text.charAt(i + 1))) {
          return true;
        }
      }
      return false;
    }

    private static boolean opensMarkup(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
    }
  }
}
