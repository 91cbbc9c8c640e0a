package org.briefing.web.boundary;

import jakarta.annotation.Priority;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.web.control.BoundedJson;

/**
 * Checks a JSON request body before it is bound to the resource's record, so that every way of
 * getting it wrong is answered with a 4xx that names the problem, and nothing half-read reaches the
 * service:
 *
 * <ul>
 *   <li>JSON is UTF-8 (RFC 8259): another declared charset is refused with 415, bytes that are not
 *       UTF-8 with 400 (not replaced by U+FFFD and stored);
 *   <li>one well-formed JSON object and nothing after it, read in one pass within {@link
 *       BoundedJson}'s limits: at most 16 levels deep (400), no array over 1000 elements (413);
 *   <li>only the record's own fields, each of its type: a string is a JSON string (not a number or
 *       a boolean turned into text), a whole number a JSON integer, a list a JSON array of strings.
 *       Unknown fields are refused, so that a misspelt {@code "timeZone"} is not silently ignored.
 * </ul>
 *
 * The values themselves are then checked by Bean Validation on the record. Runs after {@link
 * RequestSizeLimit}, which caps what is read here at 1 MiB.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonRequestBodies implements ContainerRequestFilter {

  /** Each resource method's entity record (or none), found once: reflection on every post cost. */
  private static final Map<Method, Optional<Class<?>>> ENTITY_RECORDS = new ConcurrentHashMap<>();

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type == null
        || !request.hasEntity()
        || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
        || resource == null
        || resource.getResourceMethod() == null) {
      return; // this request carries no JSON body for a resource: there is nothing to police
    }
    Class<?> record =
        ENTITY_RECORDS
            .computeIfAbsent(
                resource.getResourceMethod(), method -> Optional.ofNullable(entityRecord(method)))
            .orElse(null);
    if (record == null) {
      return; // the method reads no body (POST /api/digests/run): whatever came is ignored
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null
        && !charset.equalsIgnoreCase("UTF-8")
        && !charset.equalsIgnoreCase("utf8")) {
      throw new NotSupportedException(
          Problem.of(
                  415,
                  "Unsupported Media Type",
                  "JSON must be sent as UTF-8 (RFC 8259): use application/json or"
                      + " application/json; charset=UTF-8, not charset="
                      + shorten(charset)
                      + ".")
              .toResponse());
    }
    byte[] bytes;
    try {
      bytes = request.getEntityStream().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the request body", e);
    }
    String text = utf8(bytes);
    JsonValue root = parse(text);
    if (!(root instanceof JsonObject object)) {
      throw problem(
          "The request body must be a JSON object with the fields "
              + fieldNames(record)
              + ", not "
              + describe(root)
              + ".");
    }
    List<Problem.FieldError> errors = shapeErrors(object, record);
    if (!errors.isEmpty()) {
      String detail =
          errors.size() == 1
              ? errors.get(0).field() + ": " + errors.get(0).message()
              : errors.size()
                  + " fields are invalid: "
                  + String.join(", ", errors.stream().map(Problem.FieldError::field).toList());
      throw new WebApplicationException(Problem.invalid(detail, errors).toResponse());
    }
    // The record is built from the checked object here; BoundRequestRecords hands it to the
    // resource, so JSON-B does not parse the body a second time. The bytes stay readable for
    // anything else that reads the entity.
    request.setProperty(BoundRequestRecords.PROPERTY, JsonRecords.bind(object, record));
    request.setEntityStream(new ByteArrayInputStream(bytes));
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw problem(
          "The request body is not valid UTF-8 (" + e.getMessage() + "); JSON must be UTF-8.");
    }
  }

  /** The one JSON value of the body, within {@link BoundedJson}'s limits; or the refusal. */
  private static JsonValue parse(String text) {
    try {
      return BoundedJson.read(text);
    } catch (BoundedJson.Refused refused) {
      throw refused.tooLarge()
          ? new WebApplicationException(
              Problem.of(413, "Content Too Large", refused.getMessage()).toResponse())
          : problem(refused.getMessage());
    }
  }

  /** The record the resource method binds its entity to, or null if it takes none. */
  private static Class<?> entityRecord(Method method) {
    for (Parameter parameter : method.getParameters()) {
      boolean fromRequestParts = false;
      for (Annotation annotation : parameter.getAnnotations()) {
        String name = annotation.annotationType().getName();
        if (name.startsWith("jakarta.ws.rs.") && !name.equals("jakarta.ws.rs.Encoded")) {
          fromRequestParts = true;
        }
      }
      if (!fromRequestParts && parameter.getType().isRecord()) {
        return parameter.getType();
      }
    }
    return null;
  }

  static List<Problem.FieldError> shapeErrors(JsonObject object, Class<?> record) {
    List<Problem.FieldError> errors = new ArrayList<>();
    shapeErrors(object, record, "", errors);
    return errors;
  }

  /**
   * Adds what is wrong with the shape of {@code object} for {@code record} to {@code errors}, each
   * field named after {@code prefix}; a list of records (several articles in one post) is checked
   * element by element, as {@code articles[3].title}.
   */
  private static void shapeErrors(
      JsonObject object, Class<?> record, String prefix, List<Problem.FieldError> errors) {
    Map<String, RecordComponent> components = new java.util.LinkedHashMap<>();
    for (RecordComponent component : record.getRecordComponents()) {
      components.put(component.getName(), component);
    }
    for (Map.Entry<String, JsonValue> field : object.entrySet()) {
      if (errors.size() >= 20) {
        return;
      }
      String name = prefix + field.getKey();
      RecordComponent component = components.get(field.getKey());
      if (component == null) {
        errors.add(
            new Problem.FieldError(
                shorten(name), "is not a known field; the fields are " + components.keySet()));
        continue;
      }
      String expected = typeError(field.getValue(), component.getGenericType());
      if (expected != null) {
        errors.add(new Problem.FieldError(name, expected));
      } else if (field.getValue() instanceof JsonArray array) {
        int max = maxSize(record, field.getKey());
        if (array.size() > max) {
          // Refused before Bean Validation checks every entry: 150,000 entries took it 48 s.
          errors.add(
              new Problem.FieldError(
                  name, "must list at most " + max + " entries, not " + array.size()));
          continue;
        }
        Class<?> elementRecord = elementRecord(component.getGenericType());
        for (int i = 0; i < array.size() && errors.size() < 20; i++) {
          JsonValue element = array.get(i);
          String elementName = name + "[" + i + "]";
          if (elementRecord != null && element instanceof JsonObject elementObject) {
            shapeErrors(elementObject, elementRecord, elementName + ".", errors);
          } else if (elementRecord != null) {
            errors.add(
                new Problem.FieldError(elementName, "must be an object, not " + describe(element)));
          } else if (element.getValueType() != JsonValue.ValueType.STRING) {
            errors.add(
                new Problem.FieldError(elementName, "must be a string, not " + describe(element)));
          }
        }
      }
    }
  }

  /** The record a list component holds ({@code List<ArticleSubmission>}), or null. */
  private static Class<?> elementRecord(Type type) {
    if (type instanceof ParameterizedType list
        && list.getActualTypeArguments()[0] instanceof Class<?> element
        && element.isRecord()) {
      return element;
    }
    return null;
  }

  /** The {@code @Size(max)} of a record's list component, or a generous default. */
  private static int maxSize(Class<?> record, String component) {
    try {
      Size size = record.getDeclaredField(component).getAnnotation(Size.class);
      return size == null ? 1_000 : size.max();
    } catch (NoSuchFieldException e) {
      return 1_000;
    }
  }

  /** What is wrong with the JSON type of a value for a field of this Java type, or null. */
  private static String typeError(JsonValue value, Type type) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null; // required fields are Bean Validation's business
    }
    if (type == String.class) {
      return value.getValueType() == JsonValue.ValueType.STRING
          ? null
          : "must be a string, not " + describe(value);
    }
    if (type == Integer.class || type == int.class) {
      if (value instanceof JsonNumber number && number.isIntegral()) {
        BigDecimal n = number.bigDecimalValue();
        if (n.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
            && n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
          return null;
        }
      }
      return "must be a whole number, not " + describe(value);
    }
    if (type == Long.class || type == long.class) {
      if (value instanceof JsonNumber number && number.isIntegral()) {
        BigDecimal n = number.bigDecimalValue();
        if (n.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
            && n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
          return null;
        }
      }
      return "must be a whole number, not " + describe(value);
    }
    if (type == Boolean.class || type == boolean.class) {
      return value.getValueType() == JsonValue.ValueType.TRUE
              || value.getValueType() == JsonValue.ValueType.FALSE
          ? null
          : "must be true or false, not " + describe(value);
    }
    if (type instanceof Class<?> enumType && enumType.isEnum()) {
      List<String> names =
          java.util.Arrays.stream(enumType.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .toList();
      return value instanceof JsonString text && names.contains(text.getString())
          ? null
          : "must be one of " + names + ", not " + describe(value);
    }
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      return value.getValueType() == JsonValue.ValueType.ARRAY
          ? null
          : (elementRecord(type) != null
                  ? "must be an array of objects, not "
                  : "must be an array of strings, not ")
              + describe(value);
    }
    return null;
  }

  private static String describe(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> "a string";
      case NUMBER -> "a number (" + shorten(value.toString()) + ")";
      case TRUE, FALSE -> "a boolean";
      case NULL -> "null";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
    };
  }

  private static List<String> fieldNames(Class<?> record) {
    return java.util.Arrays.stream(record.getRecordComponents())
        .map(RecordComponent::getName)
        .toList();
  }

  private static WebApplicationException problem(String detail) {
    return new WebApplicationException(
        Problem.of(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, detail).toResponse());
  }

  private static String shorten(String text) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replaceAll("\\p{Cntrl}+", " ");
    return oneLine.length() > 120 ? oneLine.substring(0, 120) + "…" : oneLine;
  }
}
