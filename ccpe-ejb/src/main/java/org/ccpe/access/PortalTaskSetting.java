package org.ccpe.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.ccpe.common.VersionedEntity;
import org.ccpe.inventory.Customer;

/**
 * One switch of a portal task: without a customer the global one, with a customer that customer's
 * override. A task without a global row is on.
 */
@Entity
@Table(name = "portal_task_setting")
class PortalTaskSetting extends VersionedEntity {
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id", updatable = false)
  private Customer customer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32, updatable = false)
  private PortalTask task;

  @Column(nullable = false)
  private boolean enabled;

  protected PortalTaskSetting() {}

  PortalTaskSetting(Customer customer, PortalTask task, boolean enabled) {
    this.customer = customer;
    this.task = task;
    this.enabled = enabled;
  }

  Customer getCustomer() {
    return customer;
  }

  PortalTask getTask() {
    return task;
  }

  boolean isEnabled() {
    return enabled;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
