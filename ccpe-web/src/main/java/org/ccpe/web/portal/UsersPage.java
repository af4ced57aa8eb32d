package org.ccpe.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccpe.access.AppUser;
import org.ccpe.access.NewUser;
import org.ccpe.access.Roles;
import org.ccpe.access.UserService;
import org.ccpe.common.PageRequest;
import org.ccpe.web.console.FieldMessages;
import org.ccpe.web.console.FormValues;
import org.primefaces.PrimeFaces;

/**
 * Users (customer administrators only): the customer's own users, adding one ({@code
 * <user>@<customer>}, customer-admin or customer-monitor), resetting a password and removing a
 * user. A new or reset password is shown once, until the next action on the page.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "userForm";

  @EJB private UserService users;

  private final FormValues form = new FormValues();
  private String shownLogin;
  private String shownPassword;

  public List<AppUser> getUsers() {
    return users.list(null, null, PageRequest.first(500)).items();
  }

  public List<String> getRoles() {
    return List.of(Roles.CUSTOMER_MONITOR, Roles.CUSTOMER_ADMIN);
  }

  public void startCreate() {
    form.clear();
    form.put("role", Roles.CUSTOMER_MONITOR);
    forgetShown();
  }

  public void create() {
    forgetShown();
    boolean created = FieldMessages.attempt(FORM, () -> {
      NewUser user = users.createOwn(form.text("username"), form.text("role"), form.text("password"));
      show(user.user().getUsername(), user.initialPassword());
      FieldMessages.info("User " + user.user().getUsername() + " added");
    });
    PrimeFaces.current().ajax().addCallbackParam("saved", created);
  }

  public void resetPassword(AppUser user) {
    forgetShown();
    FieldMessages.attempt("users", () -> show(user.getUsername(), users.resetPassword(user.getId())));
  }

  public void delete(AppUser user) {
    forgetShown();
    FieldMessages.attempt("users", () -> {
      users.deleteOwn(user.getId());
      FieldMessages.info("User " + user.getUsername() + " removed");
    });
  }

  private void show(String login, String password) {
    shownLogin = login;
    shownPassword = password;
  }

  private void forgetShown() {
    shownLogin = null;
    shownPassword = null;
  }

  public FormValues getForm() {
    return form;
  }

  public String getShownLogin() {
    return shownLogin;
  }

  public String getShownPassword() {
    return shownPassword;
  }
}
