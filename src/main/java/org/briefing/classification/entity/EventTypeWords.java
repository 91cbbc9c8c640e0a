package org.briefing.classification.entity;

import jakarta.json.bind.adapter.JsonbAdapter;

/** JSON-B writes an event type as its vocabulary word ("sign-agreement"), as the API always has. */
public final class EventTypeWords implements JsonbAdapter<EventType, String> {

  @Override
  public String adaptToJson(EventType type) {
    return type.word();
  }

  @Override
  public EventType adaptFromJson(String word) {
    return EventType.of(word).orElse(null);
  }
}
