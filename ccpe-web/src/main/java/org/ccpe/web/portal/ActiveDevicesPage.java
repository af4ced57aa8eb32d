package org.ccpe.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccpe.common.NotFoundException;
import org.ccpe.diagnostics.ActiveDeviceList;
import org.ccpe.diagnostics.ActiveDevices;
import org.ccpe.diagnostics.RouterReplyException;
import org.ccpe.inventory.Site;
import org.ccpe.web.console.FieldMessages;

/**
 * Monitoring → Active Devices: the devices a site's DHCP server has handed addresses to, read
 * from the router when the customer asks (nothing is stored, so every read is current).
 */
@Named
@ViewScoped
public class ActiveDevicesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private ActiveDevices activeDevices;
  @Inject private CustomerSites customerSites;

  private Long siteId;
  private ActiveDeviceList list;

  public void load() {
    List<Site> sites = customerSites.getAll();
    if (siteId == null && !sites.isEmpty()) {
      siteId = sites.get(0).getId();
    }
  }

  /** Asks the site's router now. */
  public void read() {
    list = null;
    if (siteId == null) {
      return;
    }
    try {
      list = activeDevices.of(siteId);
    } catch (RouterReplyException e) {
      FieldMessages.global("The devices could not be read: " + e.getMessage() + ". Please try again later.");
    } catch (NotFoundException e) {
      FieldMessages.global("There is no such site among yours.");
    }
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public ActiveDeviceList getList() {
    return list;
  }
}
