package org.ccpe.web.portal;

import org.ccpe.provisioning.ProvisioningJob;

/** A provisioning job's state as a customer reads it: what happens to the network, not engine terms. */
final class JobWords {
  private JobWords() {}

  static String of(ProvisioningJob job) {
    return switch (job.getState()) {
      case QUEUED -> job.getAttempts() == 0 ? "Waiting to be sent to your router."
          : "Your router could not be reached just now; we try again shortly.";
      case COMMITTING -> "Being applied on your router…";
      case UNKNOWN -> "Your router did not confirm in time; we are checking whether it applied the change.";
      case COMMITTED -> "Done: your router runs the new settings.";
      case FAILED -> "Not applied: the router refused the change"
          + (job.getMessage() == null || job.getMessage().isBlank() ? "" : " (" + job.getMessage().strip() + ")")
          + ". Your network still runs the previous settings; correct them and save again, or contact your provider.";
    };
  }
}
