package org.ccpe.bench.netconf;

import java.time.Duration;
import org.ccpe.netconf.CommitOutcomeUnknownException;
import org.ccpe.netconf.Datastore;
import org.ccpe.netconf.Device;
import org.ccpe.netconf.NetconfSession;
import org.ccpe.netconf.ReplyTimeoutException;

/** ccpe-netconf, used as the provisioning engine uses it. */
final class OurClient implements BenchSession {
  private final NetconfSession session;
  private final Plan plan;

  private OurClient(NetconfSession session, Plan plan) {
    this.session = session;
    this.plan = plan;
  }

  static BenchSession.Opener to(Target target, Plan plan, Duration timeout) {
    Device device = Device.builder().host(target.host()).port(target.port())
        .username(target.user()).password(target.password()).knownHosts(target.knownHosts())
        .connectTimeout(timeout).replyTimeout(timeout).commitTimeout(timeout).build();
    return () -> new OurClient(device.openSession(), plan);
  }

  @Override
  public void editOne(int i) throws Exception {
    lostOnTimeout(() -> session.editConfig(Datastore.CANDIDATE, plan.one[i]));
  }

  @Override
  public void editBulk(int rep) throws Exception {
    lostOnTimeout(() -> session.editConfig(Datastore.CANDIDATE, plan.bulk[rep]));
  }

  @Override
  public void commit() throws Exception {
    lostOnTimeout(session::commit);
  }

  @Override
  public long getAll() throws Exception {
    // the reply arrives parsed (DOM); its size in bytes is what the raw client reports
    lostOnTimeout(() -> session.getConfig(Datastore.RUNNING, plan.filter).data());
    return 0;
  }

  private interface Call {
    Object run() throws Exception;
  }

  private static void lostOnTimeout(Call call) throws Exception {
    try {
      call.run();
    } catch (ReplyTimeoutException | CommitOutcomeUnknownException e) {
      throw new LostReplyException(e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    session.close();
  }
}
