package org.ccpe.web.api;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.ccpe.common.Page;

/** One page of a list, NetBox style: total count, links to the neighbours, the results. */
public record PageJson<T>(long count, int limit, int offset, URI next, URI previous, List<T> results) {

  static <E, T> PageJson<T> of(Page<E> page, Function<E, T> representation, UriInfo uri) {
    int limit = page.request().limit();
    int offset = page.request().offset();
    URI next = page.hasNext() ? at(uri, limit, offset + limit) : null;
    URI previous = page.hasPrevious() ? at(uri, limit, Math.max(0, offset - limit)) : null;
    return new PageJson<>(page.count(), limit, offset, next, previous,
        page.items().stream().map(representation).toList());
  }

  private static URI at(UriInfo uri, int limit, int offset) {
    return uri.getRequestUriBuilder()
        .replaceQueryParam("limit", limit)
        .replaceQueryParam("offset", offset)
        .build();
  }
}
