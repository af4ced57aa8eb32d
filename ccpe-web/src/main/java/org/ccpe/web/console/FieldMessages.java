package org.ccpe.web.console;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.util.List;
import java.util.function.Function;
import org.ccpe.common.ConflictException;
import org.ccpe.common.FieldError;
import org.ccpe.common.ForbiddenException;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.StaleVersionException;
import org.ccpe.common.ValidationFailedException;

/**
 * Shows a service's refusal where the person will look: each {@link FieldError} beside the input
 * whose id is the field's name inside the dialog's form, anything else as a message of the whole
 * dialog. Marks the request as failed, so the page keeps the dialog open. Shared by the console's
 * and the portal's pages.
 */
public final class FieldMessages {
  private FieldMessages() {}

  /** Runs a change; on a refusal shows why and returns false. */
  public static boolean attempt(String formId, Runnable change) {
    try {
      change.run();
      return true;
    } catch (ValidationFailedException e) {
      show(formId, e.errors());
    } catch (ConflictException e) {
      show(formId, e.errors());
    } catch (StaleVersionException | NotFoundException | ForbiddenException e) {
      global(e.getMessage());
    } catch (EJBAccessException e) {
      global("your role does not allow this");
    }
    FacesContext.getCurrentInstance().validationFailed();
    return false;
  }

  public static void show(String formId, List<FieldError> errors) {
    show(formId, errors, FieldError::field);
  }

  /**
   * Shows each error beside its input, found by the error's path: {@code
   * staticRoutes[2].nextHop} is the input {@code nextHop} in row 2 of the table {@code
   * staticRoutes}, {@code nat.publicRange} the input {@code publicRange} in the naming container
   * {@code nat}. A path ending in an index is the input {@code value} of that row or, failing that,
   * the one input that holds the whole list (typed as one line). Errors with no input are shown
   * as messages of the whole form, named by {@code label}.
   */
  public static void show(String formId, List<FieldError> errors, Function<FieldError, String> label) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (FieldError error : errors) {
      if (!beside(faces, formId, error)) {
        global(label.apply(error) + ": " + error.message());
      }
    }
  }

  private static boolean beside(FacesContext faces, String formId, FieldError error) {
    String clientId = formId + ":" + error.field().replaceAll("\\[(\\d+)]", ":$1").replace('.', ':');
    List<String> candidates = clientId.matches(".*:\\d+$")
        ? List.of(clientId + ":value", clientId.replaceFirst(":\\d+$", "")) : List.of(clientId);
    for (String candidate : candidates) {
      boolean[] found = {false};
      faces.getViewRoot().invokeOnComponent(faces, candidate, (context, component) -> {
        if (component instanceof UIInput field) {
          keepTyped(context, field);
          field.setValid(false);
          context.addMessage(field.getClientId(context),
              new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message()));
          found[0] = true;
        }
      });
      if (found[0]) {
        return true;
      }
    }
    return false;
  }

  /** An invalid input renders its submitted text: give it back what was typed, as text. */
  private static void keepTyped(FacesContext faces, UIInput field) {
    Object value = field.getValue();
    Converter<Object> converter = field.getConverter();
    field.setSubmittedValue(value == null ? "" : converter != null
        ? converter.getAsString(faces, field, value) : value.toString());
  }

  public static void global(String message) {
    FacesContext.getCurrentInstance().addMessage(null,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  public static void info(String message) {
    FacesContext.getCurrentInstance().addMessage(null,
        new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }
}
