package org.ccpe.web.console;

import java.io.Serializable;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.common.VersionedEntity;

/**
 * One inventory table with its create/edit dialog: the filter and selected row, the lazily loaded
 * rows, the dialog's values, and which version of which entity the dialog edits (sent back, so a
 * change made meanwhile by someone else is refused rather than overwritten).
 */
public abstract class InventoryTable<T extends VersionedEntity> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final PagedModel<T> model = new PagedModel<>(this::list, VersionedEntity::getId);
  private final FormValues form = new FormValues();
  private String filter;
  private T selected;
  private Long editingId;
  private Long editingVersion;

  /** One page of rows under the current filter. */
  protected abstract Page<T> list(PageRequest page);

  /** Empties the dialog for a new entity. */
  protected FormValues creating() {
    form.clear();
    editingId = null;
    editingVersion = null;
    return form;
  }

  /** Empties the dialog for changing {@code entity}, as just read. */
  protected FormValues editing(VersionedEntity entity) {
    form.clear();
    editingId = entity.getId();
    editingVersion = entity.getVersion();
    return form;
  }

  protected Long editingId() {
    return editingId;
  }

  protected Long editingVersion() {
    return editingVersion;
  }

  /** Runs a delete confirmed in the dialog {@code formId}; on success forgets the selection. */
  protected void delete(String formId, String what, Runnable delete) {
    if (FieldMessages.attempt(formId, delete)) {
      selected = null;
      FieldMessages.info(what + " deleted");
    }
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public PagedModel<T> getModel() {
    return model;
  }

  public FormValues getForm() {
    return form;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public T getSelected() {
    return selected;
  }

  public void setSelected(T selected) {
    this.selected = selected;
  }
}
