package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The served OpenAPI document against the code: every JAX-RS resource method of {@code
 * org.ccpe.web.api} in the EAR (found by reflection, sub-resource locators followed) must be in
 * the document's paths with its HTTP method, so a resource added without being documented fails
 * here. Also: the shared problem+json answers and the Idempotency-Key parameter are there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {
  private static final String API_PACKAGE = "org/ccpe/web/api/";
  private static final String CONTEXT = "/ccpe";
  private static final String APPLICATION_PATH = "/api/v1";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @Test
  void documentsEveryResourceMethodOfTheApi() throws Exception {
    JsonObject document = served("?format=JSON", "application/json");
    Set<String> documented = new TreeSet<>();
    document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
        .filter(k -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(k))
        .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + normalize(path))));

    Set<String> implemented = resourceMethods();
    assertTrue(implemented.size() > 40, "reflection found the resources: " + implemented);
    Set<String> missing = new TreeSet<>(implemented);
    missing.removeAll(documented);
    assertEquals(Set.of(), missing, "resource methods missing from the OpenAPI document");
  }

  @Test
  void givesEveryOperationTheSharedErrorAnswersAndPostsTheIdempotencyKey() throws Exception {
    JsonObject document = served("?format=JSON", "application/json");
    assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
    assertTrue(document.getJsonObject("components").getJsonObject("securitySchemes").containsKey("bearer"));
    int operations = 0;
    for (var item : document.getJsonObject("paths").values()) {
      for (var entry : item.asJsonObject().entrySet()) {
        if (entry.getValue().getValueType() != JsonValue.ValueType.OBJECT
            || !entry.getValue().asJsonObject().containsKey("responses")) {
          continue;
        }
        JsonObject operation = entry.getValue().asJsonObject();
        operations++;
        assertTrue(operation.getJsonObject("responses").containsKey("429"), entry.getKey() + " " + operation);
        if (entry.getKey().equals("post")) {
          assertTrue(operation.getJsonArray("parameters").toString().contains("IdempotencyKey"), operation.toString());
        }
      }
    }
    assertTrue(operations > 40, "operations: " + operations);
  }

  @Test
  void describesTheBodyOfEverySuccessfulAnswer() throws Exception {
    JsonObject document = served("?format=JSON", "application/json");
    Set<String> withoutSchema = new TreeSet<>();
    document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
      if (operation.getValueType() != JsonValue.ValueType.OBJECT || !operation.asJsonObject().containsKey("responses")) {
        return;
      }
      operation.asJsonObject().getJsonObject("responses").forEach((code, response) -> {
        if (!code.startsWith("2") || code.equals("204")) {
          return;
        }
        JsonObject content = response.asJsonObject().getJsonObject("content");
        boolean described = content != null && !content.isEmpty() && content.values().stream()
            .allMatch(media -> media.asJsonObject().containsKey("schema") // "{}": a Response, undescribed
                && !media.asJsonObject().getJsonObject("schema").isEmpty());
        if (!described) {
          withoutSchema.add(method.toUpperCase(Locale.ROOT) + " " + normalize(path) + " " + code);
        }
      });
    }));
    assertEquals(Set.of(), withoutSchema, "successful answers without a schema for their body");
  }

  @Test
  void servesYamlToo() throws Exception {
    HttpResponse<String> yaml = get("");
    assertEquals(200, yaml.statusCode());
    assertTrue(yaml.body().startsWith("---") || yaml.body().startsWith("openapi:"), yaml.body().substring(0, 80));
    assertTrue(yaml.body().contains("/api-tokens"));
  }

  private static JsonObject served(String query, String type) throws Exception {
    HttpResponse<String> response = get(query);
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type));
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static HttpResponse<String> get(String query) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/openapi" + query))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * {@code /ccpe/api/v1/sites/{id: [0-9]+}/} → {@code /sites/{id}}: the document's paths (from the
   * host's root) and ours (from the application's) alike.
   */
  private static String normalize(String path) {
    String p = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
    for (String root : List.of(CONTEXT + APPLICATION_PATH, APPLICATION_PATH)) {
      if (p.startsWith(root)) {
        p = p.substring(root.length());
        break;
      }
    }
    if (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.isEmpty() ? "/" : p;
  }

  /** "GET /sites/{id}" for every resource method of the EAR's API package. */
  private static Set<String> resourceMethods() throws IOException, ReflectiveOperationException {
    File unpacked = Files.createTempDirectory(new File("target").toPath(), "openapi-it").toFile();
    List<URL> classpath = new ArrayList<>();
    List<String> apiClasses = new ArrayList<>();
    try (ZipFile ear = new ZipFile(System.getProperty("ccpe.it.ear", "../ccpe-ear/target/ccpe-selfcare.ear"))) {
      for (ZipEntry entry : java.util.Collections.list(ear.entries())) {
        if (!entry.getName().endsWith(".jar") && !entry.getName().endsWith(".war")) {
          continue;
        }
        File archive = new File(unpacked, entry.getName().replace('/', '_'));
        try (InputStream in = ear.getInputStream(entry)) {
          Files.copy(in, archive.toPath(), StandardCopyOption.REPLACE_EXISTING);
        }
        if (entry.getName().endsWith(".jar")) {
          classpath.add(archive.toURI().toURL());
        } else {
          classpath.add(unpackWar(archive, new File(unpacked, "war"), apiClasses));
        }
      }
    }
    assertTrue(!apiClasses.isEmpty(), "the EAR holds the web module");
    Set<String> methods = new TreeSet<>();
    try (URLClassLoader loader = new URLClassLoader(classpath.toArray(URL[]::new), OpenApiIT.class.getClassLoader())) {
      for (String name : apiClasses) {
        Class<?> type = Class.forName(name, false, loader);
        Path root = type.getAnnotation(Path.class);
        if (root != null && !Modifier.isAbstract(type.getModifiers())) {
          collect(type, root.value(), methods, 0);
        }
      }
    }
    return methods;
  }

  private static void collect(Class<?> type, String prefix, Set<String> into, int depth) {
    for (Method method : type.getMethods()) {
      Path path = method.getAnnotation(Path.class);
      String full = path == null ? prefix : prefix + "/" + path.value();
      String verb = httpMethod(method);
      if (verb != null) {
        into.add(verb + " " + normalize("/" + full));
      } else if (path != null && depth < 5) {
        collect(method.getReturnType(), full, into, depth + 1); // a sub-resource locator
      }
    }
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** Unpacks the WAR's classes and libraries; answers the classes folder, adding the API's class names. */
  private static URL unpackWar(File war, File into, List<String> apiClasses) throws IOException {
    File classes = new File(into, "WEB-INF/classes");
    try (ZipFile zip = new ZipFile(war)) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (entry.isDirectory() || !entry.getName().startsWith("WEB-INF/classes/")) {
          continue;
        }
        File target = new File(into, entry.getName());
        target.getParentFile().mkdirs();
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, target.toPath(), StandardCopyOption.REPLACE_EXISTING);
        }
        String relative = entry.getName().substring("WEB-INF/classes/".length());
        if (relative.startsWith(API_PACKAGE) && relative.endsWith(".class") && !relative.contains("$")
            && relative.indexOf('/', API_PACKAGE.length()) < 0) {
          apiClasses.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
        }
      }
    }
    return classes.toURI().toURL();
  }
}
