package org.ccpe.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  public Page<T> page(PageRequest page) {
    String alias = from.trim().split("\\s+")[2];
    String clause = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<T> items = em.createQuery("select " + alias + " " + from + clause + orderBy, type);
    // a count has nothing to fetch: the same joins, without "fetch"
    String countFrom = from.replaceAll("(?i)\\bjoin fetch\\b", "join");
    TypedQuery<Long> count = em.createQuery("select count(" + alias + ") " + countFrom + clause, Long.class);
    parameters.forEach((name, value) -> {
      items.setParameter(name, value);
      count.setParameter(name, value);
    });
    items.setFirstResult(page.offset()).setMaxResults(page.limit());
    return new Page<>(items.getResultList(), count.getSingleResult(), page);
  }

  private static String escapeLike(String text) {
    // LIKE wildcards typed by a user are literal characters in a "contains" filter
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
