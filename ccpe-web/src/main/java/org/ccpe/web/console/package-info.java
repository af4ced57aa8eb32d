/**
 * Backing beans of the operator console ({@code /console}, pages in {@code webapp/console}). Each
 * bean adapts one page to the EJB services; none holds a business rule, so the console can never
 * disagree with the API.
 */
package org.ccpe.web.console;
