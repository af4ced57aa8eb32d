package org.ccpe.services;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** The stored form of a settings document: JSON, with nulls kept so the shape is explicit. */
public final class SettingsJson {
  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private SettingsJson() {}

  public static String write(ServiceSettings settings) {
    return JSONB.toJson(settings);
  }

  public static ServiceSettings read(String json) {
    return JSONB.fromJson(json, ServiceSettings.class);
  }
}
