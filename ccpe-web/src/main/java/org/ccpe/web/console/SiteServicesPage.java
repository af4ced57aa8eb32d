package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccpe.common.FieldError;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.PageRequest;
import org.ccpe.common.StaleVersionException;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.inventory.Site;
import org.ccpe.inventory.SiteService;
import org.ccpe.provisioning.DryRun;
import org.ccpe.provisioning.JobFilter;
import org.ccpe.provisioning.JobService;
import org.ccpe.provisioning.ProvisioningJob;
import org.ccpe.services.ServiceChange;
import org.ccpe.services.ServiceChangeService;
import org.ccpe.services.ServiceSettings;
import org.ccpe.services.ServicesView;

/**
 * A site's Services editor ({@code services.xhtml?site=ID}): the settings document in one tab per
 * service, how far the router has got with it (revision, applied revision, drift), and the job of
 * the latest change, followed until the router has it. Save sends the whole document, and is
 * refused when someone else has stored a newer revision since the editor read it, rather than
 * overwriting theirs; a refused document stays on the page as typed, each error beside its input.
 */
@Named
@ViewScoped
public class SiteServicesPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "services:tabs";

  /** The tabs in page order, by the first segment of the fields they hold. */
  private static final List<List<String>> TABS = List.of(
      List.of("secondaryLanRanges"), List.of("staticRoutes"), List.of("dhcpServer", "dhcpRelay"),
      List.of("nat"), List.of("firewallRules"), List.of("snmp"));

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("secondaryLanRanges", "Secondary LAN range"), Map.entry("staticRoutes", "Static route"),
      Map.entry("dhcpServer", "DHCP server"), Map.entry("dhcpRelay", "DHCP relay"), Map.entry("pools", "pool"),
      Map.entry("ranges", "range"), Map.entry("staticBindings", "static binding"), Map.entry("nat", "NAT"),
      Map.entry("portMappings", "port mapping"), Map.entry("firewallRules", "Firewall rule"),
      Map.entry("snmp", "SNMP"));
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

  @EJB private SiteService sites;
  @EJB private ServiceChangeService services;
  @EJB private JobService jobs;

  private Long siteId;
  private Site site;
  /** The settings as the editor read them: the revision its edits start from. */
  private ServicesView view;
  /** How far the router has got: read again when a followed job ends. */
  private ServicesView status;
  private ServicesDraft draft;
  private ProvisioningJob job;
  private DryRun dryRun;
  private boolean stale;
  private int activeTab;
  private List<FieldError> errors = List.of();

  /** Reads the site and its settings once per view ({@code f:viewAction}). */
  public void load() {
    if (site != null) {
      return;
    }
    if (siteId == null) {
      FieldMessages.global("No site given: open a site's services from Customer Management.");
      return;
    }
    try {
      site = sites.get(siteId);
    } catch (NotFoundException e) {
      FieldMessages.global(e.getMessage());
      return;
    }
    read();
    List<ProvisioningJob> latest = jobs.list(new JobFilter(siteId, null, null, null), PageRequest.first(1)).items();
    job = latest.isEmpty() ? null : latest.get(0);
  }

  /** Reads the stored settings again, dropping what was typed (after a refusal as stale, say). */
  public void reload() {
    read();
    errors = List.of();
    FieldMessages.info("Services of " + site.getName() + " read again");
  }

  private void read() {
    view = services.get(siteId);
    status = view;
    draft = ServicesDraft.of(view.settings());
    stale = false;
  }

  /** Stores the document as the site's new revision and follows the job that brings it to the router. */
  public void save() {
    ServiceSettings typed = typed();
    if (attempt(() -> {
      ServiceChange change = services.change(siteId, expectedVersion(), typed);
      view = change.services();
      status = view;
      draft = ServicesDraft.of(view.settings());
      job = change.job();
    })) {
      FieldMessages.info("Services of " + site.getName() + " saved: job " + job.getId() + " queued");
    }
  }

  /**
   * The version to send with a change, refusing as stale an edit of a revision that is no longer
   * the latest. The stored version also moves when the router applies a revision or a drift check
   * runs, which changes nothing an operator edits; only a newer revision makes an edit stale.
   */
  private Long expectedVersion() {
    ServicesView current = services.get(siteId);
    if (current.provisioned() != view.provisioned() || current.revision() != view.revision()) {
      throw new StaleVersionException("site services", siteId, view.version(), current.version());
    }
    return current.provisioned() ? current.version() : null;
  }

  /** Asks the router what the typed document would change, without storing anything. */
  public void dryRun() {
    dryRun = null;
    ServiceSettings typed = typed();
    attempt(() -> dryRun = services.dryRun(siteId, typed));
  }

  /** The typed document; a typed SNMP community leaves the view state with this request. */
  private ServiceSettings typed() {
    ServiceSettings typed = draft.settings();
    draft.forgetCommunity();
    return typed;
  }

  /** Pushes the stored settings again, over whatever the router runs now (drift): ours wins. */
  public void repush() {
    if (attempt(() -> job = services.repush(siteId))) {
      status = services.get(siteId);
      FieldMessages.info("Re-push of " + site.getName() + " queued: job " + job.getId());
    }
  }

  /** The poll: the job's state and, once the router has it, the site's applied revision and drift. */
  public void refreshJob() {
    if (job != null) {
      job = jobs.get(job.getId());
      if (job.getState().isFinal()) {
        status = services.get(siteId);
      }
    }
  }

  /**
   * Runs a change; on a refusal keeps what was typed and says why: each refused field beside its
   * input (and its tab opened), a stale version as such.
   */
  private boolean attempt(Runnable change) {
    errors = List.of();
    try {
      change.run();
      return true;
    } catch (ValidationFailedException e) {
      errors = e.errors();
      activeTab = tabOf(errors.get(0).field());
      FieldMessages.global("Nothing was stored: " + errors.size()
          + (errors.size() == 1 ? " field was" : " fields were") + " refused (marked below).");
      FieldMessages.show(FORM, errors, error -> label(error.field()));
    } catch (StaleVersionException e) {
      stale = true;
      FieldMessages.global("Not saved: someone changed this site's services after you opened them. "
          + "Your edits are still here; read the services again to see theirs, then redo yours.");
    } catch (NotFoundException e) {
      FieldMessages.global(e.getMessage());
    }
    FacesContext.getCurrentInstance().validationFailed();
    return false;
  }

  private static int tabOf(String field) {
    String first = field.split("[.\\[]", 2)[0];
    for (int i = 0; i < TABS.size(); i++) {
      if (TABS.get(i).contains(first)) {
        return i;
      }
    }
    return 0;
  }

  /** How many refused fields a tab holds, for its title. */
  public int errorsIn(int tab) {
    return (int) errors.stream().filter(e -> tabOf(e.field()) == tab).count();
  }

  /** A field path in words: {@code dhcpServer.pools[0].ranges[1].high} is "DHCP server pool 1 range 2 high". */
  public static String label(String field) {
    StringBuilder words = new StringBuilder();
    for (String part : field.split("\\.")) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        return field;
      }
      words.append(words.isEmpty() ? "" : " ").append(LABELS.getOrDefault(m.group(1), m.group(1)));
      if (m.group(2) != null) {
        words.append(' ').append(Integer.parseInt(m.group(2)) + 1);
      }
    }
    return words.toString();
  }

  public boolean isFound() {
    return site != null;
  }

  /** Whether the page should keep asking for the job's state. */
  public boolean isTracking() {
    return job != null && !job.getState().isFinal();
  }

  public ServicesDraft.DhcpMode[] getDhcpModes() {
    return ServicesDraft.DhcpMode.values();
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public Site getSite() {
    return site;
  }

  public ServicesView getView() {
    return view;
  }

  public ServicesView getStatus() {
    return status;
  }

  public ServicesDraft getDraft() {
    return draft;
  }

  public ProvisioningJob getJob() {
    return job;
  }

  public DryRun getDryRun() {
    return dryRun;
  }

  public boolean isStale() {
    return stale;
  }

  public int getActiveTab() {
    return activeTab;
  }

  public void setActiveTab(int activeTab) {
    this.activeTab = activeTab;
  }
}
