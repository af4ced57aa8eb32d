package org.ccpe.simulator.snmp;

import java.util.ArrayList;
import java.util.List;
import org.snmp4j.PDU;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.VariableBinding;

/**
 * RFC 3416 GET, GETNEXT and GETBULK over an {@link AgentMib}, with the agent's {@link BulkFault}
 * applied. GETBULK answers stop where the response would outgrow the manager's maximum message
 * size, as real agents truncate rather than fail.
 */
final class Responder {

    /** What the BER header of a response costs beyond its variable bindings, with room to spare. */
    private static final int PDU_OVERHEAD = 100;
    /** Repetitions an agent ignoring max-repetitions sends at most (snmpd caps at 100 too). */
    private static final int IGNORED_MAX_REPETITIONS = 100;

    private final AgentMib mib;

    Responder(AgentMib mib) {
        this.mib = mib;
    }

    /** The response to {@code request}, or null when none must be sent. */
    PDU answer(PDU request, int maxResponseSize, BulkFault fault) {
        PDU response = (PDU) request.clone();
        response.setType(PDU.RESPONSE);
        response.setErrorStatus(PDU.noError);
        response.setErrorIndex(0);
        List<? extends VariableBinding> asked = request.getVariableBindings();
        switch (request.getType()) {
            case PDU.GET -> response.setVariableBindings(asked.stream()
                    .map(vb -> new VariableBinding(vb.getOid(), mib.get(vb.getOid()))).toList());
            case PDU.GETNEXT -> response.setVariableBindings(asked.stream().map(vb -> next(vb.getOid())).toList());
            case PDU.GETBULK -> {
                switch (fault) {
                    case GETBULK_IGNORED -> {
                        return null;
                    }
                    case GETBULK_UNSUPPORTED -> {
                        response.setErrorStatus(PDU.genErr);
                        response.setErrorIndex(asked.isEmpty() ? 0 : 1);
                        return response;
                    }
                    case TOO_BIG -> {
                        response.setErrorStatus(PDU.tooBig);
                        response.setVariableBindings(List.of());
                        return response;
                    }
                    default -> response.setVariableBindings(bulk(request, maxResponseSize, fault));
                }
            }
            default -> {
                return null; // SET, traps and reports are not ours to answer
            }
        }
        return response;
    }

    private VariableBinding next(OID oid) {
        MibTable.Instance next = mib.next(oid);
        return next == null ? new VariableBinding(oid, Null.endOfMibView) : new VariableBinding(next.oid(), next.value());
    }

    private static boolean ended(VariableBinding vb) {
        return vb.getVariable().getSyntax() == SMIConstants.EXCEPTION_END_OF_MIB_VIEW;
    }

    private List<VariableBinding> bulk(PDU request, int maxResponseSize, BulkFault fault) {
        List<? extends VariableBinding> asked = request.getVariableBindings();
        int nonRepeaters = Math.min(Math.max(request.getNonRepeaters(), 0), asked.size());
        int repetitions = switch (fault) {
            case IGNORES_MAX_REPETITIONS -> IGNORED_MAX_REPETITIONS;
            case TRUNCATES_TO_ONE -> 1;
            default -> Math.max(request.getMaxRepetitions(), 0);
        };
        List<VariableBinding> answer = new ArrayList<>();
        int budget = maxResponseSize - PDU_OVERHEAD;
        for (int i = 0; i < nonRepeaters; i++) {
            VariableBinding vb = next(asked.get(i).getOid());
            budget -= vb.getBERLength();
            if (budget < 0) {
                return answer;
            }
            answer.add(vb);
        }
        List<VariableBinding> last = new ArrayList<>(asked.subList(nonRepeaters, asked.size()));
        for (int r = 0; r < repetitions && !last.isEmpty(); r++) {
            boolean allEnded = true;
            for (int c = 0; c < last.size(); c++) {
                VariableBinding previous = last.get(c);
                VariableBinding vb = ended(previous) ? previous : next(previous.getOid());
                allEnded &= ended(vb);
                budget -= vb.getBERLength();
                if (budget < 0) {
                    return answer;
                }
                answer.add(vb);
                last.set(c, vb);
            }
            if (allEnded) {
                break; // every column is past the end: more repetitions would repeat endOfMibView
            }
        }
        return answer;
    }
}
