package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.ccpe.audit.AuditEntry;
import org.ccpe.audit.AuditFilter;
import org.ccpe.audit.AuditTrail;
import org.ccpe.audit.Channel;

/** The Audit task: the audit trail, newest first, filtered by entity type, actor and channel. */
@Named
@ViewScoped
public class AuditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AuditTrail audit;

  private String entityType;
  private String actor;
  private Channel channel;
  private final PagedModel<AuditEntry> model = new PagedModel<>(
      page -> audit.list(new AuditFilter(entityType, null, actor, channel, null, null), page),
      AuditEntry::getId);

  /** The entity types the services record. */
  public List<String> getEntityTypes() {
    return List.of("customer", "site", "access-link", "router", "user", "application-settings");
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  /** A state as indented JSON, for reading in the expanded row. */
  public String pretty(String json) {
    if (json == null || json.isBlank()) {
      return "—";
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      StringWriter out = new StringWriter();
      try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
        writer.write(reader.read());
      }
      return out.toString().strip();
    } catch (JsonException e) {
      return json;
    }
  }

  public PagedModel<AuditEntry> getModel() {
    return model;
  }

  public String getEntityType() {
    return entityType;
  }

  public void setEntityType(String entityType) {
    this.entityType = entityType;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }
}
