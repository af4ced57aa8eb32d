package org.ccpe.monitoring;

import java.time.Instant;

/** One raw sample of one access link: the rates over the interval that ended at {@code at}. */
public record LinkSample(long accessLinkId, Instant at, boolean operUp, double inBps, double outBps,
    double inPps, double outPps, double errorsPerSec, double discardsPerSec, double utilisationPercent) {}
