package org.briefing.operations.control;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import org.briefing.platform.control.JsonMapper;

/**
 * Checks the shape of a JSON document before anything binds it: how deep it nests and how long its
 * arrays are. One streaming pass, no tree built. Malformed JSON is not its business: it answers
 * {@link Verdict#OK} and lets the binding report the syntax error as before.
 */
public final class JsonShape {

  /** What the check found. */
  public enum Verdict {
    OK,
    TOO_DEEP,
    ARRAY_TOO_LONG
  }

  private final int maxDepth;
  private final int maxArrayLength;

  public JsonShape(int maxDepth, int maxArrayLength) {
    this.maxDepth = maxDepth;
    this.maxArrayLength = maxArrayLength;
  }

  public int maxDepth() {
    return maxDepth;
  }

  public int maxArrayLength() {
    return maxArrayLength;
  }

  public Verdict check(byte[] json) {
    Deque<int[]> arrays =
        new ArrayDeque<>(); // element counts of the open arrays (null for objects)
    Deque<Boolean> isArray = new ArrayDeque<>();
    try (JsonParser parser = JsonMapper.JSON.createParser(new ByteArrayInputStream(json))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (!isArray.isEmpty()
            && isArray.peek()
            && event != JsonParser.Event.END_ARRAY
            && event != JsonParser.Event.KEY_NAME
            && ++arrays.peek()[0] > maxArrayLength) {
          return Verdict.ARRAY_TOO_LONG;
        }
        switch (event) {
          case START_ARRAY, START_OBJECT -> {
            if (isArray.size() + 1 > maxDepth) {
              return Verdict.TOO_DEEP;
            }
            boolean array = event == JsonParser.Event.START_ARRAY;
            isArray.push(array);
            arrays.push(new int[1]);
          }
          case END_ARRAY, END_OBJECT -> {
            isArray.pop();
            arrays.pop();
          }
          default -> {}
        }
      }
    } catch (JsonParsingException | java.util.NoSuchElementException e) {
      return Verdict.OK;
    } catch (jakarta.json.JsonException e) {
      return Verdict.OK;
    }
    return Verdict.OK;
  }
}
