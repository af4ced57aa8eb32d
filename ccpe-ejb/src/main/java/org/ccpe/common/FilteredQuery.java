package org.ccpe.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JPQL list query whose filters apply only when given: {@code where("s.router.id = :router",
 * "router", routerId)} adds nothing when {@code routerId} is null. Answers one {@link Page} with
 * the total count of the filtered list.
 */
public final class FilteredQuery<T> {
  private final EntityManager em;
  private final Class<T> type;
  private final String from;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private String orderBy = "";

  /**
   * @param from the JPQL after {@code select x}, e.g. {@code "from Site s join s.customer c"}; the
   *     selected alias is the first word after the entity name
   */
  public FilteredQuery(EntityManager em, Class<T> type, String from) {
    this.em = em;
    this.type = type;
    this.from = from;
  }

  public FilteredQuery<T> where(String condition, String parameter, Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      conditions.add(condition);
      parameters.put(parameter, value);
    }
    return this;
  }

  /** Case-insensitive "contains" on a text field. */
  public FilteredQuery<T> whereContains(String field, String parameter, String text) {
    return where("lower(" + field + ") like :" + parameter, parameter,
        text == null || text.isBlank() ? null : "%" + escapeLike(text.strip().toLowerCase()) + "%");
  }

  public FilteredQuery<T> orderBy(String orderBy) {
    this.orderBy = " order by " + orderBy;
    return this;
  }

  /**
   * The page in two steps: the ids of its rows, sorted and cut on narrow rows, then only those
   * entities with their fetched associations. Sorting whole joined rows to skip thousands of them
   * (offset 5,000) spilled to disk and cost most of the request.
   */
  public Page<T> page(PageRequest page) {
    String alias = from.trim().split("\\s+")[2];
    String clause = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    // ids and the count have nothing to fetch: the same joins, without "fetch"
    String plainFrom = from.replaceAll("(?i)\\bjoin fetch\\b", "join");
    TypedQuery<Object> ids = em.createQuery("select " + alias + ".id " + plainFrom + clause + orderBy, Object.class);
    TypedQuery<Long> count = em.createQuery("select count(" + alias + ") " + plainFrom + clause, Long.class);
    parameters.forEach((name, value) -> {
      ids.setParameter(name, value);
      count.setParameter(name, value);
    });
    List<Object> pageIds = ids.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    return new Page<>(load(alias, pageIds), count.getSingleResult(), page);
  }

  /** The entities of these ids, in the ids' order. */
  private List<T> load(String alias, List<Object> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    PersistenceUnitUtil units = em.getEntityManagerFactory().getPersistenceUnitUtil();
    Map<Object, T> byId = new HashMap<>();
    for (T entity : em.createQuery("select " + alias + " " + from + " where " + alias + ".id in :ids", type)
        .setParameter("ids", ids)
        .getResultList()) {
      byId.put(units.getIdentifier(entity), entity);
    }
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private static String escapeLike(String text) {
    // LIKE wildcards typed by a user are literal characters in a "contains" filter
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
