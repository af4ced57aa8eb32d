package org.ccpe.services;

import org.ccpe.provisioning.ProvisioningJob;

/** The answer to a stored change: the site's new settings and the job bringing them to the router. */
public record ServiceChange(ServicesView services, ProvisioningJob job) {}
