/**
 * Bringing inventory in from outside: a {@link org.ccpe.importing.TopologyDocument} (customers,
 * sites, access links keyed by external IDs) from the provider's OSS through the import API, or
 * built from an activation-director-style source by customer ID. An import is validated whole
 * before anything is stored, creates or updates idempotently, reports per entity, and is audited
 * as one operation. Entry points: {@link org.ccpe.importing.TopologyImporter} (a document), {@link
 * org.ccpe.importing.ImportCandidates} (the console's Import Customer: the source's customers as
 * candidates, imported one by one in a background {@link org.ccpe.importing.ImportRun}).
 */
package org.ccpe.importing;
