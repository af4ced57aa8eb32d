package org.ccpe.simulator.snmp;

/** Ways real agents get GETBULK wrong, for testing a poller's fallbacks. */
public enum BulkFault {
    /** Correct RFC 3416 behaviour. */
    NONE,
    /** Answers as many repetitions as fit in the message, whatever max-repetitions asked. */
    IGNORES_MAX_REPETITIONS,
    /** Answers one repetition, whatever max-repetitions asked. */
    TRUNCATES_TO_ONE,
    /** Answers every GETBULK with {@code genErr} (GET and GETNEXT still work). */
    GETBULK_UNSUPPORTED,
    /** Never answers a GETBULK (GET and GETNEXT still work). */
    GETBULK_IGNORED,
    /** Answers every GETBULK with {@code tooBig} and no variable bindings. */
    TOO_BIG
}
