package org.ccpe.monitoring;

import java.time.Instant;

/**
 * One point of an access link's history: the averages over the point's interval (a raw sample's
 * own rates; a roll-up's average), and the maxima (equal to the averages for raw samples).
 */
public record SeriesPoint(Instant at, int samples, double inBps, double inBpsMax, double outBps, double outBpsMax,
    double inPps, double outPps, double errorsPerSec, double discardsPerSec, double utilisationPercent,
    double utilisationPercentMax) {}
