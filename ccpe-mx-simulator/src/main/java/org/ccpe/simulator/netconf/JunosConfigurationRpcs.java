package org.ccpe.simulator.netconf;

import static org.ccpe.simulator.config.ConfigXml.escape;
import static org.ccpe.simulator.netconf.StandardOperations.configuration;
import static org.ccpe.simulator.netconf.StandardOperations.update;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.ccpe.simulator.config.Commit;
import org.ccpe.simulator.config.CommitHistory;
import org.ccpe.simulator.config.CommitRequest;
import org.ccpe.simulator.config.ConfigNode;
import org.ccpe.simulator.config.ConfigText;
import org.ccpe.simulator.config.ConfigXml;
import org.ccpe.simulator.config.ConfigurationDatabase;
import org.ccpe.simulator.config.ConfigurationException;
import org.ccpe.simulator.config.LoadAction;
import org.w3c.dom.Element;

/**
 * The Junos configuration RPCs: {@code load-configuration} (xml or text, merge/replace/override,
 * or a rollback), {@code get-configuration} (candidate or committed, xml or text, or the
 * {@code show | compare rollback n} text), {@code commit-configuration} (check, confirmed with a
 * timeout in minutes, synchronize, log), lock/unlock and the commit history.
 */
final class JunosConfigurationRpcs {

    private static final int DEFAULT_CONFIRM_MINUTES = 10;
    private static final DateTimeFormatter COMMIT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private JunosConfigurationRpcs() {}

    static void register(Map<String, RpcHandler> handlers) {
        handlers.put("load-configuration", JunosConfigurationRpcs::loadConfiguration);
        handlers.put("get-configuration", JunosConfigurationRpcs::getConfiguration);
        handlers.put("commit-configuration", JunosConfigurationRpcs::commitConfiguration);
        handlers.put("lock-configuration", (s, op) -> update(() -> s.router().database().lock(s.id())));
        handlers.put("unlock-configuration", (s, op) -> update(() -> s.router().database().unlock(s.id())));
        handlers.put("get-commit-information", (s, op) -> commitInformation(s.router().database().commitHistory()));
    }

    private static String loadConfiguration(NetconfSession session, Element op) throws RpcException {
        ConfigurationDatabase db = session.router().database();
        String rollback = op.getAttribute("rollback");
        if (!rollback.isEmpty()) {
            int n = parseRollback(rollback);
            update(() -> db.loadRollback(session.id(), n));
            return loadResults();
        }
        LoadAction action;
        try {
            action = LoadAction.parse(op.getAttribute("action"));
        } catch (IllegalArgumentException e) {
            throw new RpcException(new RpcError("protocol", "invalid-value", null, e.getMessage(), "action", null));
        }
        ConfigNode edit = "text".equals(op.getAttribute("format")) ? textEdit(op) : xmlEdit(op);
        update(() -> db.load(session.id(), edit, action));
        return loadResults();
    }

    private static ConfigNode xmlEdit(Element op) throws RpcException {
        return Elements.child(op, "configuration").map(ConfigXml::fromElement)
                .orElseThrow(() -> new RpcException(RpcError.protocol("missing-element", "load-configuration needs <configuration>")));
    }

    private static ConfigNode textEdit(Element op) throws RpcException {
        String text = Elements.childText(op, "configuration-text");
        if (text == null) {
            throw new RpcException(RpcError.protocol("missing-element", "format=\"text\" needs <configuration-text>"));
        }
        try {
            return ConfigText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RpcException(new RpcError("application", "invalid-value", null, e.getMessage(), "configuration-text", null));
        }
    }

    private static String loadResults() {
        return "<load-configuration-results>\n<ok/>\n</load-configuration-results>";
    }

    private static String getConfiguration(NetconfSession session, Element op) throws RpcException {
        ConfigurationDatabase db = session.router().database();
        if ("rollback".equals(op.getAttribute("compare"))) {
            String rollback = op.getAttribute("rollback");
            int n = rollback.isEmpty() ? 0 : parseRollback(rollback);
            String diff;
            try {
                diff = db.compare(n);
            } catch (ConfigurationException e) {
                throw RpcException.from(e);
            }
            return "<configuration-information>\n<configuration-output>" + escape(diff)
                    + "</configuration-output>\n</configuration-information>";
        }
        ConfigNode filter = Elements.child(op, "configuration").map(ConfigXml::fromElement).orElse(null);
        ConfigNode config = "committed".equals(op.getAttribute("database")) ? db.running(filter) : db.candidate(filter);
        if ("text".equals(op.getAttribute("format"))) {
            return "<configuration-text>" + escape(ConfigText.render(config)) + "</configuration-text>";
        }
        return configuration(config);
    }

    private static String commitConfiguration(NetconfSession session, Element op) throws RpcException {
        boolean check = Elements.has(op, "check");
        Duration confirm = null;
        if (Elements.has(op, "confirmed")) {
            int minutes = Elements.intChild(op, "confirm-timeout", DEFAULT_CONFIRM_MINUTES);
            confirm = session.router().knobs().junosMinute().multipliedBy(minutes);
        }
        CommitRequest request = new CommitRequest(session.user(), Elements.childText(op, "log"), check, confirm);
        String outcome = check ? "<commit-check-success/>" : "<commit-success/>";
        return Committer.commit(session, request, "<commit-results>\n<routing-engine junos:style=\"normal\">\n"
                + "<name>re0</name>\n" + outcome + "\n</routing-engine>\n</commit-results>");
    }

    private static String commitInformation(List<Commit> commits) {
        StringBuilder out = new StringBuilder("<commit-information>\n");
        for (int i = 0; i < commits.size(); i++) {
            Commit c = commits.get(i);
            out.append("<commit-history>\n<sequence-number>").append(i).append("</sequence-number>\n")
                    .append("<user>").append(escape(c.user())).append("</user>\n<client>netconf</client>\n")
                    .append("<date-time junos:seconds=\"").append(c.time().getEpochSecond()).append("\">")
                    .append(COMMIT_TIME.format(c.time())).append("</date-time>\n");
            if (c.log() != null) {
                out.append("<log>").append(escape(c.log())).append("</log>\n");
            }
            out.append("</commit-history>\n");
        }
        return out.append("</commit-information>").toString();
    }

    private static int parseRollback(String text) throws RpcException {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 0 && n < CommitHistory.DEPTH) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RpcException(new RpcError("protocol", "invalid-value", null,
                "rollback must be 0.." + (CommitHistory.DEPTH - 1) + ": " + text, "rollback", null));
    }
}
