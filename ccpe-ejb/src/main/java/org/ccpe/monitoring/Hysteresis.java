package org.ccpe.monitoring;

/**
 * A threshold alarm that neither flaps nor fires on one spike: raised after {@code samplesToRaise}
 * consecutive values at or above {@code raiseAt}, cleared only when a value drops below {@code
 * clearBelow} (lower than {@code raiseAt}, so a value hovering at the threshold keeps its state).
 */
public record Hysteresis(double raiseAt, double clearBelow, int samplesToRaise) {
  public Hysteresis {
    if (clearBelow > raiseAt) {
      throw new IllegalArgumentException("clear threshold " + clearBelow + " above raise threshold " + raiseAt);
    }
    if (samplesToRaise < 1) {
      throw new IllegalArgumentException("samplesToRaise must be at least 1");
    }
  }

  public enum Action { RAISE, CLEAR, NONE }

  /** The count of consecutive high values after this one, and what to do with the alarm. */
  public record Step(int highCount, Action action) {}

  /**
   * @param highCount consecutive values at or above {@code raiseAt} so far
   * @param active whether the alarm is active now
   */
  public Step next(int highCount, boolean active, double value) {
    int count = value >= raiseAt ? highCount + 1 : 0;
    if (!active && count >= samplesToRaise) {
      return new Step(count, Action.RAISE);
    }
    if (active && value < clearBelow) {
      return new Step(count, Action.CLEAR);
    }
    return new Step(count, Action.NONE);
  }
}
