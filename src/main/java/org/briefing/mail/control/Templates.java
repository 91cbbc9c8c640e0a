package org.briefing.mail.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.briefing.mail.entity.MailBody;

/**
 * Renders the email templates under {@code templates/} on the class path. The HTML factory escapes
 * every value, so nothing from an article or a subscriber can inject markup; the text factory
 * writes values as they are. Neither lets a value carry a slot for a recipient's value ({@link
 * MailBody#SLOT}): only a template's unescaped {@code {{{…}}}}, which is kept for the service's own
 * slots, can put one in. Plain Java.
 */
public final class Templates {

  private static final MustacheFactory HTML =
      new DefaultMustacheFactory("templates") {
        @Override
        public void encode(String value, Writer writer) {
          super.encode(withoutSlots(value), writer);
        }
      };

  private static final MustacheFactory TEXT =
      new DefaultMustacheFactory("templates") {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(withoutSlots(value));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };

  private Templates() {}

  private static String withoutSlots(String value) {
    return value.indexOf(MailBody.SLOT) < 0 ? value : value.replace(MailBody.SLOT, '\uFFFD');
  }

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
