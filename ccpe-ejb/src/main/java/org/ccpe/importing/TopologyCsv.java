package org.ccpe.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ccpe.common.FieldError;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.importing.TopologyDocument.CustomerEntry;
import org.ccpe.importing.TopologyDocument.LinkEntry;
import org.ccpe.importing.TopologyDocument.SiteEntry;

/**
 * Sites and access links as CSV (RFC 4180, header row first), one row per access link: {@link
 * #COLUMNS}. Rows of one customer or site repeat its columns, which must agree. A row without
 * link columns is a site without links. Errors name the data row and column, {@code
 * rows[12].vlanId}, counting data rows from 0 (the header is not a row).
 */
public final class TopologyCsv {
  public static final List<String> COLUMNS = List.of("customerExternalId", "customerName", "siteExternalId",
      "siteName", "router", "routingInstance", "lanGateway", "linkExternalId", "interfaceName", "vlanId", "role");

  private final TopologyDocument document;
  private final Map<String, Integer> rowOfPath;

  private TopologyCsv(TopologyDocument document, Map<String, Integer> rowOfPath) {
    this.document = document;
    this.rowOfPath = rowOfPath;
  }

  public TopologyDocument document() {
    return document;
  }

  /** Reads the CSV; refuses it with every row and column that cannot make a document. */
  public static TopologyCsv read(Reader in) throws IOException {
    CsvReader csv = new CsvReader(in);
    List<String> header = csv.next();
    List<FieldError> errors = new ArrayList<>();
    if (header == null) {
      throw ValidationFailedException.of("header", "the CSV is empty; the first row names the columns " + COLUMNS);
    }
    Map<String, Integer> at = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      if (!COLUMNS.contains(name)) {
        errors.add(new FieldError("header", "unknown column '" + name + "'; the columns are " + COLUMNS));
      }
      at.put(name, i);
    }
    for (String required : COLUMNS) {
      if (!at.containsKey(required) && !required.equals("routingInstance")) {
        errors.add(new FieldError("header", "missing column '" + required + "'"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
    Map<String, CustomerBuilder> customers = new LinkedHashMap<>();
    Map<String, Integer> rowOfPath = new LinkedHashMap<>();
    int r = 0;
    for (List<String> cells = csv.next(); cells != null; cells = csv.next(), r++) {
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      Row row = new Row(r, cells, at);
      String customerKey = Objects.requireNonNullElse(row.get("customerExternalId"), "#row" + r);
      CustomerBuilder customer = customers.get(customerKey);
      if (customer == null) {
        customer = new CustomerBuilder(customers.size(), row);
        customers.put(customerKey, customer);
        rowOfPath.put(customer.path, r);
      } else {
        row.agrees(customer.first, "customerName", errors);
      }
      String siteKey = Objects.requireNonNullElse(row.get("siteExternalId"), "#row" + r);
      SiteBuilder site = customer.sites.get(siteKey);
      if (site == null) {
        site = new SiteBuilder(customer.path + ".sites[" + customer.sites.size() + "]", row);
        customer.sites.put(siteKey, site);
        rowOfPath.put(site.path, r);
      } else {
        for (String column : List.of("siteName", "router", "routingInstance", "lanGateway")) {
          row.agrees(site.first, column, errors);
        }
      }
      if (row.get("linkExternalId") != null || row.get("interfaceName") != null || row.get("vlanId") != null) {
        rowOfPath.put(site.path + ".accessLinks[" + site.links.size() + "]", r);
        site.links.add(new LinkEntry(row.get("linkExternalId"), row.get("interfaceName"),
            row.vlan(errors), row.get("role"), null, null));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
    List<CustomerEntry> entries = customers.values().stream().map(CustomerBuilder::build).toList();
    return new TopologyCsv(new TopologyDocument(entries), rowOfPath);
  }

  /** The document's errors named by CSV row and column instead of document path. */
  public ValidationFailedException inRows(ValidationFailedException e) {
    return new ValidationFailedException(e.errors().stream().map(this::inRows).toList());
  }

  private FieldError inRows(FieldError error) {
    String field = error.field();
    int dot = field.lastIndexOf('.');
    if (dot < 0) {
      return error;
    }
    String path = field.substring(0, dot);
    String leaf = field.substring(dot + 1);
    Integer row = rowOfPath.get(path);
    if (row == null) {
      return error;
    }
    String column = path.endsWith("]") && path.contains(".accessLinks[")
        ? (leaf.equals("externalId") ? "linkExternalId" : leaf)
        : path.contains(".sites[")
            ? switch (leaf) { case "externalId" -> "siteExternalId"; case "name" -> "siteName"; default -> leaf; }
            : switch (leaf) { case "externalId" -> "customerExternalId"; case "name" -> "customerName"; default -> leaf; };
    return new FieldError("rows[" + row + "]." + column, error.message());
  }

  private record Row(int index, List<String> cells, Map<String, Integer> at) {
    String get(String column) {
      Integer i = at.get(column);
      if (i == null || i >= cells.size()) {
        return null;
      }
      String value = cells.get(i).strip();
      return value.isEmpty() ? null : value;
    }

    Integer vlan(List<FieldError> errors) {
      String text = get("vlanId");
      if (text == null) {
        return null;
      }
      try {
        return Integer.valueOf(text);
      } catch (NumberFormatException e) {
        errors.add(new FieldError("rows[" + index + "].vlanId", "'" + text + "' is not a whole number"));
        return null;
      }
    }

    void agrees(Row first, String column, List<FieldError> errors) {
      if (!Objects.equals(get(column), first.get(column))) {
        errors.add(new FieldError("rows[" + index + "]." + column, "differs from rows[" + first.index()
            + "] for the same " + (column.startsWith("customer") ? "customer" : "site")));
      }
    }
  }

  private static final class CustomerBuilder {
    final String path;
    final Row first;
    final Map<String, SiteBuilder> sites = new LinkedHashMap<>();

    CustomerBuilder(int index, Row first) {
      this.path = "customers[" + index + "]";
      this.first = first;
    }

    CustomerEntry build() {
      return new CustomerEntry(first.get("customerExternalId"), first.get("customerName"), null, null, null, null,
          null, sites.values().stream().map(SiteBuilder::build).toList());
    }
  }

  private static final class SiteBuilder {
    final String path;
    final Row first;
    final List<LinkEntry> links = new ArrayList<>();

    SiteBuilder(String path, Row first) {
      this.path = path;
      this.first = first;
    }

    SiteEntry build() {
      return new SiteEntry(first.get("siteExternalId"), first.get("siteName"), null, first.get("router"),
          first.get("routingInstance"), first.get("lanGateway"), null, null, null, null, null, links);
    }
  }

  /** RFC 4180 records: comma separated, fields in double quotes may hold commas, quotes ("") and line breaks. */
  private static final class CsvReader {
    private final Reader in;
    private int peeked = -2;

    CsvReader(Reader in) {
      this.in = in;
    }

    List<String> next() throws IOException {
      int c = read();
      if (c < 0) {
        return null;
      }
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      while (true) {
        if (quoted) {
          if (c < 0) {
            break;
          }
          if (c == '"') {
            int after = read();
            if (after == '"') {
              cell.append('"');
            } else {
              quoted = false;
              c = after;
              continue;
            }
          } else {
            cell.append((char) c);
          }
        } else if (c < 0 || c == '\n') {
          break;
        } else if (c == '\r') {
          int after = read();
          if (after != '\n') {
            peeked = after;
          }
          break;
        } else if (c == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
        } else if (c == '"' && cell.length() == 0) {
          quoted = true;
        } else {
          cell.append((char) c);
        }
        c = read();
      }
      cells.add(cell.toString());
      return cells;
    }

    private int read() throws IOException {
      if (peeked != -2) {
        int c = peeked;
        peeked = -2;
        return c;
      }
      return in.read();
    }
  }
}
