package org.ccpe.bench.netconf;

import java.time.Duration;
import org.ccpe.netconf.CommitOutcomeUnknownException;
import org.ccpe.netconf.Datastore;
import org.ccpe.netconf.Device;
import org.ccpe.netconf.NetconfSession;
import org.ccpe.netconf.Reply;
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

  /** The reply, checked for rpc-errors (streaming); its DOM is not built: see {@link #getAllParsed()}. */
  @Override
  public long getAll() throws Exception {
    Reply[] reply = new Reply[1];
    lostOnTimeout(() -> reply[0] = session.getConfig(Datastore.RUNNING, plan.filter));
    return reply[0].size();
  }

  /** The same, then the reply's {@code <data>} as a DOM (built on first use). */
  @Override
  public long getAllParsed() throws Exception {
    Reply[] reply = new Reply[1];
    lostOnTimeout(() -> reply[0] = session.getConfig(Datastore.RUNNING, plan.filter));
    reply[0].data();
    return reply[0].size();
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
