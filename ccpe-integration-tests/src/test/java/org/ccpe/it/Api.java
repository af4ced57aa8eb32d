package org.ccpe.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** A small client of the application's HTTP API, as an OSS would call it. */
public final class Api {
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  private final String authorization;

  private Api(String authorization) {
    this.authorization = authorization;
  }

  public static String baseUrl() {
    return System.getProperty("ccpe.it.base-url", "http://127.0.0.1:8280/ccpe");
  }

  public static Api asAdmin() {
    return as("admin", System.getProperty("ccpe.it.admin-password"));
  }

  public static Api as(String user, String password) {
    return new Api("Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** An OSS account's API token. */
  public static Api bearer(String token) {
    return new Api("Bearer " + token);
  }

  public static Api anonymous() {
    return new Api(null);
  }

  /** A short random suffix, since the database keeps what earlier test classes stored. */
  public static String unique(String stem) {
    return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public Reply get(String path) {
    return send("GET", path, null, Map.of());
  }

  public Reply post(String path, String json) {
    return send("POST", path, json, Map.of());
  }

  public Reply put(String path, String json, Map<String, String> headers) {
    return send("PUT", path, json, headers);
  }

  public Reply put(String path, String json) {
    return put(path, json, Map.of());
  }

  public Reply delete(String path, Map<String, String> headers) {
    return send("DELETE", path, null, headers);
  }

  public Reply delete(String path) {
    return delete(path, Map.of());
  }

  public Reply send(String method, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1" + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An HTTP answer, with its body read as JSON where it is JSON. */
  public record Reply(HttpResponse<String> response) {
    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public JsonObject json() {
      JsonStructure parsed = Json.createReader(new StringReader(body())).read();
      return parsed.asJsonObject();
    }

    public long id() {
      return json().getJsonNumber("id").longValue();
    }

    public JsonArray results() {
      return json().getJsonArray("results");
    }

    /** The field names of a problem+json answer's errors. */
    public java.util.List<String> errorFields() {
      return json().getJsonArray("errors").stream()
          .map(JsonValue::asJsonObject)
          .map(e -> e.getString("field"))
          .toList();
    }

    @Override
    public String toString() {
      return status() + " " + body();
    }
  }
}
