package org.ccpe.simulator.netconf;

import static org.ccpe.simulator.netconf.RpcDispatcher.OK;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ccpe.simulator.config.CommitCheck;
import org.ccpe.simulator.config.CommitRequest;
import org.ccpe.simulator.config.ConfigError;
import org.ccpe.simulator.config.ConfigNode;
import org.ccpe.simulator.config.ConfigXml;
import org.ccpe.simulator.config.ConfigurationDatabase;
import org.ccpe.simulator.config.ConfigurationException;
import org.ccpe.simulator.config.LoadAction;
import org.w3c.dom.Element;

/**
 * The RFC 6241 operations as Junos implements them: {@code :candidate} (no writable running, no
 * startup), {@code :confirmed-commit} (timeout in seconds, default 600) and {@code :validate}.
 * Locking either datastore locks the one configuration database.
 */
final class StandardOperations {

    static final String JUNOS_XNM_NS = "http://xml.juniper.net/xnm/1.1/xnm";
    private static final int DEFAULT_CONFIRM_SECONDS = 600;

    private StandardOperations() {}

    static void register(Map<String, RpcHandler> handlers) {
        handlers.put("get-config", StandardOperations::getConfig);
        handlers.put("get", (s, op) -> data(filtered(s.router().database()::running, op)));
        handlers.put("edit-config", StandardOperations::editConfig);
        handlers.put("lock", (s, op) -> {
            datastore(op, "target");
            return update(() -> s.router().database().lock(s.id()));
        });
        handlers.put("unlock", (s, op) -> {
            datastore(op, "target");
            return update(() -> s.router().database().unlock(s.id()));
        });
        handlers.put("commit", StandardOperations::commit);
        handlers.put("cancel-commit", (s, op) -> update(() -> s.router().database().cancelConfirmedCommit(s.id())));
        handlers.put("discard-changes", (s, op) -> update(() -> s.router().database().discardChanges(s.id())));
        handlers.put("validate", StandardOperations::validate);
        handlers.put("close-session", (s, op) -> {
            s.close();
            return OK;
        });
        handlers.put("kill-session", StandardOperations::killSession);
    }

    /** An update of the database that answers {@code <ok/>}. */
    interface Update {
        void run() throws ConfigurationException;
    }

    static String update(Update update) throws RpcException {
        try {
            update.run();
            return OK;
        } catch (ConfigurationException e) {
            throw RpcException.from(e);
        }
    }

    private static String getConfig(NetconfSession session, Element op) throws RpcException {
        ConfigurationDatabase db = session.router().database();
        boolean candidate = datastore(op, "source").equals("candidate");
        return data(filtered(candidate ? db::candidate : db::running, op));
    }

    /**
     * What an operation's {@code <filter>} selects of a datastore (whole without a filter, nothing
     * for a filter without {@code <configuration>}); the datastore selects under its own lock, so
     * only the selected part is ever copied.
     */
    private static ConfigNode filtered(UnaryOperator<ConfigNode> datastore, Element op) {
        return Elements.child(op, "filter")
                .map(f -> Elements.child(f, "configuration")
                        .map(c -> datastore.apply(ConfigXml.fromElement(c)))
                        .orElse(null))
                .orElseGet(() -> datastore.apply(null));
    }

    private static String data(ConfigNode configuration) {
        return configuration == null ? "<data/>" : "<data>\n" + configuration(configuration) + "</data>";
    }

    /** A configuration as Junos returns it, in the Junos XNM namespace. */
    static String configuration(ConfigNode configuration) {
        ConfigNode root = configuration.copy();
        root.attribute("xmlns", JUNOS_XNM_NS);
        return ConfigXml.toXml(root);
    }

    private static String editConfig(NetconfSession session, Element op) throws RpcException {
        if (!datastore(op, "target").equals("candidate")) {
            throw new RpcException(RpcError.protocol("operation-not-supported",
                    "the running configuration is not writable; edit the candidate and commit"));
        }
        LoadAction action = "replace".equals(Elements.childText(op, "default-operation")) ? LoadAction.OVERRIDE : LoadAction.MERGE;
        Element config = Elements.child(op, "config").orElseThrow(() -> Elements.has(op, "url")
                ? new RpcException(RpcError.protocol("operation-not-supported", ":url is not supported"))
                : new RpcException(RpcError.protocol("missing-element", "edit-config needs <config>")));
        ConfigNode edit = Elements.child(config, "configuration").map(ConfigXml::fromElement).orElseGet(() -> {
            ConfigNode root = new ConfigNode("configuration");
            ConfigXml.fromElement(config).children().forEach(root::add);
            return root;
        });
        return update(() -> session.router().database().load(session.id(), edit, action));
    }

    private static String commit(NetconfSession session, Element op) throws RpcException {
        Duration confirm = null;
        if (Elements.has(op, "confirmed")) {
            confirm = Duration.ofSeconds(Elements.intChild(op, "confirm-timeout", DEFAULT_CONFIRM_SECONDS));
        }
        return Committer.commit(session, new CommitRequest(session.user(), null, false, confirm), OK);
    }

    private static String validate(NetconfSession session, Element op) throws RpcException {
        ConfigurationDatabase db = session.router().database();
        List<ConfigError> errors = datastore(op, "source").equals("running")
                ? CommitCheck.check(db.running())
                : db.validate();
        if (!errors.isEmpty()) {
            throw RpcException.from(new ConfigurationException(errors));
        }
        return OK;
    }

    private static String killSession(NetconfSession session, Element op) throws RpcException {
        int target = Elements.intChild(op, "session-id", -1);
        if (target == session.id()) {
            throw new RpcException(RpcError.protocol("invalid-value", "a session cannot kill itself"));
        }
        NetconfSession victim = session.router().sessions().find(target)
                .orElseThrow(() -> new RpcException(RpcError.protocol("invalid-value", "no session " + target)));
        victim.drop();
        session.router().database().sessionClosed(target);
        return OK;
    }

    /** The datastore named inside {@code <source>} or {@code <target>}: candidate or running. */
    static String datastore(Element op, String which) throws RpcException {
        Element holder = Elements.child(op, which)
                .orElseThrow(() -> new RpcException(RpcError.protocol("missing-element", "<" + which + "> is required")));
        String name = Elements.firstChild(holder).map(ConfigXml::localName).orElse("");
        if (!name.equals("candidate") && !name.equals("running")) {
            throw new RpcException(new RpcError("protocol", "invalid-value", null,
                    "datastore not supported: " + name, name, null));
        }
        return name;
    }
}
