package org.briefing.web.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.NoSuchElementException;
import org.briefing.pipeline.control.JsonMapper;

/**
 * Reads one JSON value from a request body in a single pass, within limits that keep a hostile body
 * from costing much: at most {@value #MAX_DEPTH} levels deep (checked before a level is entered, so
 * that 500,000 brackets cannot overflow a stack, as JSON-P's reader would) and no array longer than
 * {@value #MAX_ARRAY_LENGTH} elements (refused at the first one too many).
 */
public final class BoundedJson {

  /** An article or subscription is two levels deep; 16 leaves room for any sensible client. */
  public static final int MAX_DEPTH = 16;

  /** A subscription lists at most a few dozen topics and actors, a batch 100 articles. */
  public static final int MAX_ARRAY_LENGTH = 1000;

  /** Why a body was refused; {@link #tooLarge()} for an array over the limit (413, not 400). */
  public static final class Refused extends RuntimeException {
    private final boolean tooLarge;

    Refused(String detail, boolean tooLarge) {
      super(detail, null, false, false);
      this.tooLarge = tooLarge;
    }

    public boolean tooLarge() {
      return tooLarge;
    }
  }

  private final int maxDepth;
  private final int maxArrayLength;

  private static final BoundedJson LIMITS = new BoundedJson(MAX_DEPTH, MAX_ARRAY_LENGTH);

  BoundedJson(int maxDepth, int maxArrayLength) {
    this.maxDepth = maxDepth;
    this.maxArrayLength = maxArrayLength;
  }

  /** The one JSON value {@code text} holds, within the limits; or {@link Refused}. */
  public static JsonValue read(String text) {
    return LIMITS.value(text);
  }

  JsonValue value(String text) {
    if (text.isBlank()) {
      throw new Refused("The request body is empty; send a JSON object.", false);
    }
    try (JsonParser parser = JsonMapper.JSON.createParser(new StringReader(text))) {
      JsonValue root = read(parser, parser.next(), 1);
      if (parser.hasNext()) {
        throw malformed("there is more after its first value.");
      }
      return root;
    } catch (JsonException e) {
      throw malformed(e.getMessage());
    } catch (NoSuchElementException e) {
      throw malformed("it ends too early.");
    }
  }

  /** The value that starts with {@code event}, at {@code depth} (the root is 1). */
  private JsonValue read(JsonParser parser, JsonParser.Event event, int depth) {
    switch (event) {
      case START_OBJECT -> {
        requireDepth(depth);
        JsonObjectBuilder object = JsonMapper.JSON.createObjectBuilder();
        for (JsonParser.Event next = parser.next();
            next != JsonParser.Event.END_OBJECT;
            next = parser.next()) {
          String name = parser.getString(); // a KEY_NAME: the parser allows nothing else here
          object.add(name, read(parser, parser.next(), depth + 1));
        }
        return object.build();
      }
      case START_ARRAY -> {
        requireDepth(depth);
        JsonArrayBuilder array = JsonMapper.JSON.createArrayBuilder();
        int length = 0;
        for (JsonParser.Event next = parser.next();
            next != JsonParser.Event.END_ARRAY;
            next = parser.next()) {
          if (++length > maxArrayLength) {
            throw new Refused(
                "A JSON array in the body has more than " + maxArrayLength + " elements.", true);
          }
          array.add(read(parser, next, depth + 1));
        }
        return array.build();
      }
      default -> {
        return parser.getValue();
      }
    }
  }

  private void requireDepth(int depth) {
    if (depth > maxDepth) {
      throw new Refused("The JSON body nests deeper than " + maxDepth + " levels.", false);
    }
  }

  private static Refused malformed(String why) {
    String oneLine = why == null ? "" : why.replaceAll("\\p{Cntrl}+", " ");
    return new Refused(
        "The request body is not valid JSON: "
            + (oneLine.length() > 120 ? oneLine.substring(0, 120) + "…" : oneLine),
        false);
  }
}
