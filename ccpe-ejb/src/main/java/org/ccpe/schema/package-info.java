/**
 * The database schema, created and upgraded by versioned Flyway migrations ({@code
 * db/migration/V*.sql}) when the application starts, before anything else touches the database.
 * The same scripts run on H2 and PostgreSQL, so they keep to SQL both understand. Entry point
 * {@link org.ccpe.schema.SchemaMigrator}.
 */
package org.ccpe.schema;
