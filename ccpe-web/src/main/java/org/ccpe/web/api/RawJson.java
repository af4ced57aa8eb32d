package org.ccpe.web.api;

import jakarta.json.Json;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;

/** Writes a string that already holds JSON as JSON, not as a quoted string. */
public class RawJson implements JsonbSerializer<String> {
  @Override
  public void serialize(String json, JsonGenerator generator, SerializationContext context) {
    if (json == null) {
      generator.writeNull();
    } else {
      try (var reader = Json.createReader(new StringReader(json))) {
        generator.write(reader.readValue());
      }
    }
  }
}
