package org.ccpe.web.console;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.util.List;
import org.ccpe.common.ConflictException;
import org.ccpe.common.FieldError;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.StaleVersionException;
import org.ccpe.common.ValidationFailedException;

/**
 * Shows a service's refusal where the person will look: each {@link FieldError} beside the input
 * whose id is the field's name inside the dialog's form, anything else as a message of the whole
 * dialog. Marks the request as failed, so the page keeps the dialog open.
 */
final class FieldMessages {
  private FieldMessages() {}

  /** Runs a change; on a refusal shows why and returns false. */
  static boolean attempt(String formId, Runnable change) {
    try {
      change.run();
      return true;
    } catch (ValidationFailedException e) {
      show(formId, e.errors());
    } catch (ConflictException e) {
      show(formId, e.errors());
    } catch (StaleVersionException | NotFoundException e) {
      global(e.getMessage());
    }
    FacesContext.getCurrentInstance().validationFailed();
    return false;
  }

  static void show(String formId, List<FieldError> errors) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (FieldError error : errors) {
      UIComponent input = faces.getViewRoot().findComponent(formId + ":" + error.field());
      if (input instanceof UIInput field) {
        keepTyped(faces, field);
        field.setValid(false);
        faces.addMessage(field.getClientId(faces),
            new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message()));
      } else {
        global(error.field() + ": " + error.message());
      }
    }
  }

  /** An invalid input renders its submitted text: give it back what was typed, as text. */
  private static void keepTyped(FacesContext faces, UIInput field) {
    Object value = field.getValue();
    Converter<Object> converter = field.getConverter();
    field.setSubmittedValue(value == null ? "" : converter != null
        ? converter.getAsString(faces, field, value) : value.toString());
  }

  static void global(String message) {
    FacesContext.getCurrentInstance().addMessage(null,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  static void info(String message) {
    FacesContext.getCurrentInstance().addMessage(null,
        new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }
}
