package org.ccpe.simulator.netconf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.subsystem.SubsystemFactory;

/** The {@code netconf} SSH subsystem of one router: each channel gets a {@link NetconfSession} on its own thread. */
public final class NetconfSubsystemFactory implements SubsystemFactory {

    private final RouterContext router;
    private final RpcDispatcher dispatcher = new RpcDispatcher();

    public NetconfSubsystemFactory(RouterContext router) {
        this.router = router;
    }

    @Override
    public String getName() {
        return "netconf";
    }

    @Override
    public Command createSubsystem(ChannelSession channel) {
        return new NetconfChannel();
    }

    private final class NetconfChannel implements Command {
        private InputStream in;
        private OutputStream out;
        private ExitCallback exit;
        private Thread thread;

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            // NETCONF does not use stderr
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            int id = router.sessions().nextId();
            Runnable drop = () -> channel.getSession().close(true);
            NetconfSession session = new NetconfSession(id, channel.getSession().getUsername(), router, dispatcher,
                    in, out, drop, () -> exit.onExit(0));
            thread = new Thread(session, "netconf-" + router.name() + "-" + id);
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void destroy(ChannelSession channel) throws IOException {
            in.close();
        }
    }
}
