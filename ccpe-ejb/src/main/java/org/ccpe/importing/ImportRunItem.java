package org.ccpe.importing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccpe.common.FieldError;

/**
 * What became of one customer of an {@link ImportRun}: imported, with the counts of what was
 * created, updated or left unchanged and the entities that changed; or refused by the validation,
 * with every error by its path in the customer ({@code sites[1].accessLinks[0].vlan}); or failed,
 * when the source could not give the customer. Kept as JSON, since it is only ever shown whole.
 */
@Entity
@Table(name = "import_run_item")
public class ImportRunItem {
  /** How a customer's import ended. */
  public enum Outcome { IMPORTED, REFUSED, FAILED }

  /** An entity the import created or updated, with what it kept of the stored one. */
  public record Change(String kind, String externalId, String name, String state, List<String> notes) {
    /** The notes in one line. */
    public String notesText() {
      return String.join("; ", notes);
    }
  }

  private static final String IN_DOCUMENT = "customers[0]";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_item_id")
  @SequenceGenerator(name = "import_run_item_id", sequenceName = "ccpe_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "run_id", nullable = false)
  private long runId;

  @Column(name = "item_no", nullable = false)
  private int itemNo;

  @Column(name = "external_id", nullable = false, length = 128)
  private String externalId;

  @Column(length = ImportCandidate.TEXT)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Outcome outcome;

  @Column(nullable = false)
  private String detail;

  protected ImportRunItem() {}

  private ImportRunItem(long runId, int itemNo, String externalId, String name, Outcome outcome, String detail) {
    this.runId = runId;
    this.itemNo = itemNo;
    this.externalId = externalId;
    this.name = name;
    this.outcome = outcome;
    this.detail = detail;
  }

  static ImportRunItem imported(long runId, int itemNo, String externalId, String name, ImportReport report) {
    JsonObjectBuilder counts = Json.createObjectBuilder();
    report.counts().forEach((kind, byState) -> {
      JsonObjectBuilder states = Json.createObjectBuilder();
      byState.forEach(states::add);
      counts.add(kind, states);
    });
    JsonArrayBuilder changes = Json.createArrayBuilder();
    for (ImportReport.Row row : report.entities()) {
      if (!"unchanged".equals(row.state()) || !row.notes().isEmpty()) {
        JsonArrayBuilder notes = Json.createArrayBuilder();
        row.notes().forEach(notes::add);
        changes.add(Json.createObjectBuilder().add("kind", row.kind()).add("externalId", text(row.externalId()))
            .add("name", text(row.name())).add("state", row.state()).add("notes", notes));
      }
    }
    String detail = Json.createObjectBuilder().add("counts", counts).add("changes", changes).build().toString();
    return new ImportRunItem(runId, itemNo, externalId, name, Outcome.IMPORTED, detail);
  }

  /** Refused by the validation; paths are made relative to the customer (the document held only it). */
  static ImportRunItem refused(long runId, int itemNo, String externalId, String name, List<FieldError> errors) {
    return new ImportRunItem(runId, itemNo, externalId, name, Outcome.REFUSED, errors(errors));
  }

  static ImportRunItem failed(long runId, int itemNo, String externalId, String name, String why) {
    return new ImportRunItem(runId, itemNo, externalId, name, Outcome.FAILED, errors(List.of(new FieldError("", why))));
  }

  private static String errors(List<FieldError> errors) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (FieldError e : errors) {
      String field = e.field() == null ? "" : e.field();
      if (field.startsWith(IN_DOCUMENT)) {
        field = field.substring(IN_DOCUMENT.length()).replaceFirst("^\\.", "");
      }
      list.add(Json.createObjectBuilder().add("field", field).add("message", text(e.message())));
    }
    return Json.createObjectBuilder().add("errors", list).build().toString();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private JsonObject json() {
    try (JsonReader reader = Json.createReader(new StringReader(detail))) {
      return reader.readObject();
    }
  }

  /** Kind ({@code customer}, {@code site}, {@code access-link}) → change → how many; empty unless imported. */
  public Map<String, Map<String, Integer>> getCounts() {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    JsonObject json = json().getJsonObject("counts");
    if (json != null) {
      json.forEach((kind, states) -> {
        Map<String, Integer> byState = new LinkedHashMap<>();
        states.asJsonObject().forEach((state, n) -> byState.put(state, ((jakarta.json.JsonNumber) n).intValue()));
        counts.put(kind, byState);
      });
    }
    return counts;
  }

  /** The entities created or updated (and those that kept something of ours); empty unless imported. */
  public List<Change> getChanges() {
    List<Change> changes = new ArrayList<>();
    for (JsonValue v : json().getJsonArray("changes") == null ? List.<JsonValue>of() : json().getJsonArray("changes")) {
      JsonObject c = v.asJsonObject();
      changes.add(new Change(c.getString("kind"), c.getString("externalId"), c.getString("name"), c.getString("state"),
          c.getJsonArray("notes").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList()));
    }
    return changes;
  }

  /** Why the customer was not imported; empty when it was. */
  public List<FieldError> getErrors() {
    List<FieldError> errors = new ArrayList<>();
    for (JsonValue v : json().getJsonArray("errors") == null ? List.<JsonValue>of() : json().getJsonArray("errors")) {
      errors.add(new FieldError(v.asJsonObject().getString("field"), v.asJsonObject().getString("message")));
    }
    return errors;
  }

  /** In one line: {@code customer created · sites 2 created · access links 3 created, 1 unchanged}. */
  public String getSummary() {
    if (outcome != Outcome.IMPORTED) {
      List<FieldError> errors = getErrors();
      return outcome == Outcome.FAILED ? "failed: " + errors.get(0).message()
          : "refused: " + errors.size() + (errors.size() == 1 ? " error" : " errors");
    }
    List<String> parts = new ArrayList<>();
    getCounts().forEach((kind, byState) -> {
      List<String> states = new ArrayList<>();
      byState.forEach((state, n) -> {
        if (n > 0) {
          states.add(n + " " + state);
        }
      });
      if (!states.isEmpty()) {
        parts.add((kind.equals("customer") ? "customer" : kind.replace('-', ' ') + "s") + " " + String.join(", ", states));
      }
    });
    return String.join(" · ", parts);
  }

  public Long getId() {
    return id;
  }

  public long getRunId() {
    return runId;
  }

  public int getItemNo() {
    return itemNo;
  }

  public String getExternalId() {
    return externalId;
  }

  public String getName() {
    return name;
  }

  public Outcome getOutcome() {
    return outcome;
  }
}
