/**
 * Things that happened which the outside world may want to hear about: a job changed state, an
 * alarm was raised or cleared, an import finished, drift was detected. Each is one {@link
 * org.ccpe.events.DomainEvent} fired as a CDI event inside the transaction of the change, so an
 * observer that stores it (the webhook outbox) commits or rolls back with the change itself.
 */
package org.ccpe.events;
