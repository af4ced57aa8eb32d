package org.ccpe.web.console;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazily loaded table over one of the services' paged list methods: the table asks for a slice,
 * the service returns it with the total count. Filters live in the page bean and are read by the
 * {@link Lister} on every load, so the table never holds more than one page of rows.
 */
public class PagedModel<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** One page of rows, as a service lists them with the page bean's current filters. */
  @FunctionalInterface
  public interface Lister<T> extends java.io.Serializable {
    Page<T> list(PageRequest page);
  }

  /** How a row is told apart from the others (its database id). */
  @FunctionalInterface
  public interface Key<T> extends java.io.Serializable {
    Object of(T row);
  }

  private final Lister<T> lister;
  private final Key<T> key;

  public PagedModel(Lister<T> lister, Key<T> key) {
    this.lister = lister;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(lister.list(PageRequest.first(1)).count());
  }

  @Override
  public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<T> page = lister.list(new PageRequest(Math.min(Math.max(pageSize, 1), PageRequest.MAX_LIMIT), first));
    setRowCount(Math.toIntExact(page.count()));
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    if (rows == null) {
      return null;
    }
    return rows.stream().filter(row -> Objects.equals(getRowKey(row), rowKey)).findFirst().orElse(null);
  }
}
