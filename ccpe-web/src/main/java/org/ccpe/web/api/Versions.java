package org.ccpe.web.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ccpe.common.StaleVersionException;
import org.ccpe.common.VersionedEntity;

/**
 * ETags are entity versions. {@code If-Match} names the version a change is based on; absent or
 * {@code *} means "whatever is stored".
 */
final class Versions {
  private Versions() {}

  static EntityTag tag(VersionedEntity entity) {
    return new EntityTag(Long.toString(entity.getVersion()));
  }

  /** The version the caller's {@code If-Match} names, or null when it names none. */
  static Long expected(HttpHeaders headers, String kind, long id) {
    List<String> values = headers.getRequestHeader(HttpHeaders.IF_MATCH);
    if (values == null || values.isEmpty()) {
      return null;
    }
    String value = values.get(0).strip();
    if (value.equals("*")) {
      return null;
    }
    String bare = value.startsWith("W/") ? value.substring(2) : value;
    bare = bare.replace("\"", "");
    try {
      return Long.parseLong(bare);
    } catch (NumberFormatException e) {
      // a tag we never issued cannot match
      throw new StaleVersionException(kind, id, -1, -1);
    }
  }

  static Response.ResponseBuilder ok(VersionedEntity entity, Object body) {
    return Response.ok(body).tag(tag(entity));
  }
}
