package org.ccpe.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The deployable under test: the EAR exactly as the build made it, not a test-only archive. */
public final class Deployments {
  private Deployments() {}

  public static EnterpriseArchive ear() {
    File ear = new File(System.getProperty("ccpe.it.ear", "../ccpe-ear/target/ccpe-selfcare.ear"));
    if (!ear.isFile()) {
      throw new IllegalStateException("no EAR at " + ear.getAbsolutePath() + ": build ccpe-ear first");
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }
}
