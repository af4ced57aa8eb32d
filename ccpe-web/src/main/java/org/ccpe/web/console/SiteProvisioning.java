package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.ccpe.services.ServiceChangeService;
import org.ccpe.services.ServicesView;

/** How far the router has got with a site's services, for the sites table: read once per request and site. */
@Named
@RequestScoped
public class SiteProvisioning {
  @EJB private ServiceChangeService services;
  private final Map<Long, String> states = new HashMap<>();

  /** {@code drift}, {@code applied}, {@code not applied}, or {@code none} before any services are set. */
  public String state(long siteId) {
    return states.computeIfAbsent(siteId, id -> {
      ServicesView view = services.get(id);
      return !view.provisioned() ? "none" : view.drift() ? "drift" : view.applied() ? "applied" : "not applied";
    });
  }
}
