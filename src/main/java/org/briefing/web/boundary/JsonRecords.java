package org.briefing.web.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a request record from the JSON object {@link JsonRequestBodies} has already parsed and
 * checked, instead of JSON-B parsing the same bytes once more. It knows text, whole numbers,
 * booleans, enums (by constant name) and lists of those or of records, and reads them as JSON-B
 * does: a missing or null field is null; a list is a mutable list in the JSON's order. A unit test
 * compares the two on the request records.
 */
final class JsonRecords {

  /** A record type's components and canonical constructor, found once per type. */
  private record Shape(RecordComponent[] components, Constructor<?> constructor) {

    static Shape of(Class<?> record) {
      RecordComponent[] components = record.getRecordComponents();
      Class<?>[] parameterTypes =
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      try {
        return new Shape(components, record.getDeclaredConstructor(parameterTypes));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(record + " has no canonical constructor", e);
      }
    }
  }

  private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  private JsonRecords() {}

  /** The record of this type for a JSON object whose shape has been checked against it. */
  static <T> T bind(JsonObject object, Class<T> record) {
    Shape shape = SHAPES.computeIfAbsent(record, Shape::of);
    RecordComponent[] components = shape.components();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      JsonValue value = object.get(components[i].getName());
      values[i] = value == null ? null : read(value, components[i].getGenericType());
    }
    try {
      return record.cast(shape.constructor().newInstance(values));
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Could not build " + record.getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Could not build " + record.getSimpleName(), e);
    }
  }

  private static Object read(JsonValue value, Type type) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (type == String.class) {
      return ((JsonString) value).getString();
    }
    if (type == Integer.class || type == int.class) {
      return ((JsonNumber) value).intValueExact();
    }
    if (type == Long.class || type == long.class) {
      return ((JsonNumber) value).longValueExact();
    }
    if (type == Boolean.class || type == boolean.class) {
      return value.getValueType() == JsonValue.ValueType.TRUE;
    }
    if (type instanceof Class<?> enumType && enumType.isEnum()) {
      return enumConstant(enumType, ((JsonString) value).getString());
    }
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      Type element = list.getActualTypeArguments()[0];
      List<Object> items = new ArrayList<>();
      for (JsonValue item : (JsonArray) value) {
        items.add(
            element instanceof Class<?> recordType && recordType.isRecord()
                ? bind((JsonObject) item, recordType)
                : read(item, element));
      }
      return items;
    }
    throw new IllegalArgumentException("A request record cannot have a component of type " + type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> enumType, String name) {
    return Enum.valueOf((Class) enumType, name);
  }
}
