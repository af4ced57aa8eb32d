package org.ccpe.web.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document at deployment, so no resource method has to repeat it: every
 * operation gets the error answers every request may get (401, 403, 404, 429, 500 and, with a body,
 * 400, 413, 422; writes also 409 and 412), each a problem+json from {@code
 * META-INF/openapi.yaml}; every POST gets the {@code Idempotency-Key} header.
 *
 * <p>The paths themselves come from the JAX-RS annotations: a new resource class in {@code
 * org.ccpe.web.api} is in the document without anything more. Describe its success answer with
 * {@code @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation =
 * FooJson.class)))} where the method returns a {@code Response} (the scanner cannot see what is
 * inside one); a method returning its JSON record directly is described by the scanner.
 */
public class OpenApiDocument implements OASFilter {
  private static final Map<String, String> ALWAYS = Map.of(
      "401", "Unauthorized", "403", "Forbidden", "404", "NotFound", "429", "TooManyRequests", "500", "InternalError");
  private static final Map<String, String> WITH_BODY = Map.of(
      "400", "BadRequest", "413", "TooLarge", "422", "Invalid");
  private static final Map<String, String> WRITES = Map.of("409", "Conflict", "412", "PreconditionFailed");

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem item : openApi.getPaths().getPathItems().values()) {
      item.getOperations().forEach((method, operation) -> {
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
            && method != PathItem.HttpMethod.OPTIONS;
        boolean body = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
            || method == PathItem.HttpMethod.PATCH;
        addResponses(operation, ALWAYS);
        if (body) {
          addResponses(operation, WITH_BODY);
        }
        if (write) {
          addResponses(operation, WRITES);
        }
        if (method == PathItem.HttpMethod.POST) {
          operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/IdempotencyKey"));
        }
      });
    }
  }

  private static void addResponses(Operation operation, Map<String, String> responses) {
    APIResponses answers = operation.getResponses();
    if (answers == null) {
      answers = OASFactory.createAPIResponses();
      operation.setResponses(answers);
    }
    for (Map.Entry<String, String> entry : responses.entrySet()) {
      if (!answers.hasAPIResponse(entry.getKey())) {
        answers.addAPIResponse(entry.getKey(),
            OASFactory.createAPIResponse().ref("#/components/responses/" + entry.getValue()));
      }
    }
  }
}
