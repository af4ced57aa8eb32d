package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.Router;
import org.ccpe.inventory.RouterService;

/** The routers offered in the site and access-link dialogs' router selects. */
@Named
@RequestScoped
public class RouterChoices {
  @EJB private RouterService routers;
  private List<Router> all;

  public List<Router> getAll() {
    if (all == null) {
      all = routers.list(null, PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }
    return all;
  }
}
