package org.ccpe.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.ccpe.access.NewUser;
import org.ccpe.access.PortalTask;
import org.ccpe.access.PortalTasks;
import org.ccpe.access.Roles;
import org.ccpe.access.TenantGuard;
import org.ccpe.access.UserService;
import org.ccpe.audit.AuditTrail;
import org.ccpe.common.ConflictException;
import org.ccpe.common.FilteredQuery;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.common.Violations;

/** Customers: creation (with their default administrator), changes, removal. */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
public class CustomerService {
  static final String ENTITY = "customer";

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private UserService users;
  @EJB private SiteService sites;
  @EJB private TenantGuard tenant;
  @EJB private PortalTasks tasks;

  /** Creates a customer and its {@code admin@<name>} user, whose password is returned once. */
  public NewCustomer create(CustomerSpec spec, Source source) {
    Violations v = new Violations();
    CustomerName name = v.parse("name", spec.name(), CustomerName::parse);
    CustomerSpec.Checked details = spec.check(v);
    v.throwIfAny();
    if (customerNamed(name.value()) != null) {
      throw new ConflictException("name", "a customer named '" + name + "' exists already");
    }
    Customer customer = new Customer(name, source);
    apply(customer, details);
    em.persist(customer);
    audit.created(ENTITY, customer.getId(), customer.getName(), customer.auditView());
    NewUser admin = users.createCustomerAdmin(customer);
    return new NewCustomer(customer, admin);
  }

  /** Changes everything but the name, which is fixed at creation (a different name is refused). */
  public Customer update(long id, Long expectedVersion, CustomerSpec spec) {
    Customer customer = find(id);
    customer.checkVersion(ENTITY, expectedVersion);
    Violations v = new Violations();
    if (spec.name() != null && !spec.name().strip().equalsIgnoreCase(customer.getName())) {
      v.add("name", "cannot change after creation: it is the customers' login key");
    }
    CustomerSpec.Checked details = spec.check(v);
    v.throwIfAny();
    Map<String, Object> before = customer.auditView();
    apply(customer, details);
    em.flush();
    audit.updated(ENTITY, id, customer.getName(), before, customer.auditView());
    return customer;
  }

  /**
   * Removes a customer. One that still has sites is refused unless {@code cascade}, which removes
   * its sites, their access links and its users with it.
   */
  public void delete(long id, Long expectedVersion, boolean cascade) {
    Customer customer = find(id);
    customer.checkVersion(ENTITY, expectedVersion);
    long siteCount = em.createQuery("select count(s) from Site s where s.customer = :c", Long.class)
        .setParameter("c", customer).getSingleResult();
    if (siteCount > 0 && !cascade) {
      throw new ConflictException("id", "customer '" + customer.getName() + "' has " + siteCount
          + " site(s); delete them first or ask for cascade=true");
    }
    sites.deleteAllOf(customer);
    users.deleteUsersOf(customer);
    audit.deleted(ENTITY, id, customer.getName(), customer.auditView());
    em.remove(customer);
  }

  /** A customer; customer users see only their own (any other id is not found). */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY,
      Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
  public Customer get(long id) {
    return tenant.requireOwned(em.find(Customer.class, id), ENTITY, id);
  }

  /** The caller's own customer (customer users only). */
  @RolesAllowed({Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
  public Customer mine() {
    return find(tenant.requireCustomer());
  }

  /** Customers; a customer user's list holds its own customer only. */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY,
      Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
  public Page<Customer> list(String nameContains, String externalId, PageRequest page) {
    return new FilteredQuery<>(em, Customer.class, "from Customer c")
        .where("c.id = :own", "own", tenant.scope(null))
        .where("(lower(c.name) like :name or lower(c.displayName) like :name)", "name",
            nameContains == null || nameContains.isBlank() ? null : "%" + nameContains.strip().toLowerCase() + "%")
        .where("c.externalId = :externalId", "externalId", externalId)
        .orderBy("c.name")
        .page(page);
  }

  /**
   * A customer administrator's changes of its own customer: the display name (portal task Display
   * Names) and the contact details (Update Contact Info); null leaves one as it is, and only a part
   * that really changes needs its task. The name, the login key, stays fixed; the account number
   * and external ID are the provider's.
   */
  @RolesAllowed(Roles.CUSTOMER_ADMIN)
  public Customer updateOwn(Long expectedVersion, String displayName, ContactDetails contact) {
    Customer customer = mine();
    customer.checkVersion(ENTITY, expectedVersion);
    Violations v = new Violations();
    String name = displayName == null ? customer.getDisplayName() : v.optional("displayName", displayName, 128);
    if (displayName != null && name == null) {
      v.add("displayName", "is required");
    }
    ContactDetails checked = contact == null ? contactOf(customer) : contact.check(v);
    v.throwIfAny();
    if (!name.equals(customer.getDisplayName())) {
      tasks.require(PortalTask.DISPLAY_NAMES);
    }
    if (!checked.equals(contactOf(customer))) {
      tasks.require(PortalTask.CONTACT_INFO);
    }
    Map<String, Object> before = customer.auditView();
    customer.describe(name, customer.getAccountNumber(), customer.getExternalId());
    customer.contact(checked.contactName(), checked.contactEmail(), checked.contactInfo());
    em.flush();
    audit.updated(ENTITY, customer.getId(), customer.getName(), before, customer.auditView());
    return customer;
  }

  private static ContactDetails contactOf(Customer c) {
    return new ContactDetails(c.getContactName(), c.getContactEmail(), c.getContactInfo());
  }

  Customer find(long id) {
    Customer customer = em.find(Customer.class, id);
    if (customer == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return customer;
  }

  private Customer customerNamed(String name) {
    return em.createQuery("select c from Customer c where c.name = :n", Customer.class)
        .setParameter("n", name).getResultStream().findFirst().orElse(null);
  }

  private void apply(Customer customer, CustomerSpec.Checked d) {
    ExternalIds.requireFree(em, "Customer", d.externalId(), customer.getExternalId());
    BulkInventory.apply(customer, d);
  }
}
