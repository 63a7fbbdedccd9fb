package dev.flotilla.adviser.health;

/** How much a finding weighs on the health score, in points deducted when fresh. */
public enum Severity {
  CRITICAL(40),
  HIGH(20),
  MEDIUM(10),
  LOW(3);

  private final int points;

  Severity(int points) {
    this.points = points;
  }

  public int points() {
    return points;
  }
}
