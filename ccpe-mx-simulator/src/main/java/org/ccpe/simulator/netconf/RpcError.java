package org.ccpe.simulator.netconf;

import static org.ccpe.simulator.config.ConfigXml.escape;

import org.ccpe.simulator.config.ConfigError;

/**
 * One {@code <rpc-error>} as Junos sends it: RFC 6241 fields plus the Junos habits of an
 * {@code [edit ...]} error-path and {@code <error-info><bad-element>}.
 */
public record RpcError(String type, String tag, String path, String message, String badElement, Integer sessionId) {

    public static RpcError from(ConfigError error) {
        String type = error.tag().equals("lock-denied") ? "protocol" : "application";
        return new RpcError(type, error.tag(), error.path(), error.message(), error.badElement(), error.sessionId());
    }

    public static RpcError protocol(String tag, String message) {
        return new RpcError("protocol", tag, null, message, null, null);
    }

    public static RpcError application(String tag, String message) {
        return new RpcError("application", tag, null, message, null, null);
    }

    public void appendTo(StringBuilder out) {
        out.append("<rpc-error>\n");
        out.append("<error-type>").append(type).append("</error-type>\n");
        out.append("<error-tag>").append(tag).append("</error-tag>\n");
        out.append("<error-severity>error</error-severity>\n");
        if (path != null) {
            out.append("<error-path>").append(escape(path)).append("</error-path>\n");
        }
        if (message != null) {
            out.append("<error-message>").append(escape(message)).append("</error-message>\n");
        }
        if (badElement != null || sessionId != null) {
            out.append("<error-info>\n");
            if (badElement != null) {
                out.append("<bad-element>").append(escape(badElement)).append("</bad-element>\n");
            }
            if (sessionId != null) {
                out.append("<session-id>").append(sessionId).append("</session-id>\n");
            }
            out.append("</error-info>\n");
        }
        out.append("</rpc-error>\n");
    }
}
