package org.briefing.mail.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Renders the email templates under {@code templates/} on the class path. The HTML factory escapes
 * every value, so nothing from an article or a subscriber can inject markup; the text factory
 * writes values as they are. Plain Java.
 */
public final class Templates {

  private static final MustacheFactory HTML = new DefaultMustacheFactory("templates");

  private static final MustacheFactory TEXT =
      new DefaultMustacheFactory("templates") {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(value);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };

  private Templates() {}

  /** Renders {@code templates/<name>.html.mustache}. */
  public static String html(String name, Object scope) {
    StringWriter out = new StringWriter();
    HTML.compile(name + ".html.mustache").execute(out, scope);
    return out.toString();
  }

  /** Renders {@code templates/<name>.txt.mustache}. */
  public static String text(String name, Object scope) {
    StringWriter out = new StringWriter();
    TEXT.compile(name + ".txt.mustache").execute(out, scope);
    return out.toString();
  }
}
