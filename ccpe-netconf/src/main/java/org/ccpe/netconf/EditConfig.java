package org.ccpe.netconf;

import java.util.Locale;
import java.util.Objects;

/**
 * An {@code <edit-config>} request: the target, the configuration to apply (the content of
 * {@code <config>}, each top element in its own namespace) and the optional knobs. Build it with
 * {@link #of} and the {@code with} methods; unset knobs are left out so the server's defaults apply.
 *
 * @param target datastore to edit
 * @param config XML content placed inside {@code <config>}
 * @param defaultOperation or null for the server default (merge)
 * @param testOption or null for the server default; needs {@code :validate}
 * @param errorOption or null for the server default (stop-on-error)
 */
public record EditConfig(
    Datastore target,
    String config,
    DefaultOperation defaultOperation,
    TestOption testOption,
    ErrorOption errorOption) {

  /** {@code <default-operation>}. */
  public enum DefaultOperation { MERGE, REPLACE, NONE }

  /** {@code <test-option>}. */
  public enum TestOption { TEST_THEN_SET, SET, TEST_ONLY }

  /** {@code <error-option>}; rollback-on-error needs {@code :rollback-on-error}. */
  public enum ErrorOption { STOP_ON_ERROR, CONTINUE_ON_ERROR, ROLLBACK_ON_ERROR }

  public EditConfig {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(config, "config");
  }

  public static EditConfig of(Datastore target, String config) {
    return new EditConfig(target, config, null, null, null);
  }

  public EditConfig withDefaultOperation(DefaultOperation operation) {
    return new EditConfig(target, config, operation, testOption, errorOption);
  }

  public EditConfig withTestOption(TestOption option) {
    return new EditConfig(target, config, defaultOperation, option, errorOption);
  }

  public EditConfig withErrorOption(ErrorOption option) {
    return new EditConfig(target, config, defaultOperation, testOption, option);
  }

  String xml() {
    StringBuilder xml = new StringBuilder(config.length() + 200)
        .append("<edit-config><target>").append(target.xml()).append("</target>");
    option(xml, "default-operation", defaultOperation);
    option(xml, "test-option", testOption);
    option(xml, "error-option", errorOption);
    return xml.append("<config>").append(config).append("</config></edit-config>").toString();
  }

  private static void option(StringBuilder xml, String element, Enum<?> value) {
    if (value != null) {
      String text = value.name().toLowerCase(Locale.ROOT).replace('_', '-');
      xml.append('<').append(element).append('>').append(text).append("</").append(element).append('>');
    }
  }
}
