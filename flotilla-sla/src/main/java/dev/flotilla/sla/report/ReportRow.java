package dev.flotilla.sla.report;

import java.util.Objects;

/**
 * One row of an SLA report. Minutes are whole job-minutes inside the window (clipped to "as of").
 *
 * @param intervals breach intervals overlapping the window
 * @param breachMinutes = intervals × averageIntervalMinutes
 * @param observedMinutes job-minutes minus UNKNOWN and EXCLUDED minutes
 * @param availabilityPct 100 × (1 − breach / observed); 100 when nothing was observed
 * @param unknownCoveragePct 100 × UNKNOWN minutes / all job-minutes
 * @param sloTargetPct the tier target, or the job-weighted effective target of a mixed group
 * @param budgetMinutes (1 − target) × job-minutes of the whole window
 * @param burnRate consumed fraction of the budget / elapsed fraction of the window
 */
public record ReportRow(
    String group,
    int jobs,
    int intervals,
    double averageIntervalMinutes,
    long breachMinutes,
    long observedMinutes,
    long unknownMinutes,
    long excludedMinutes,
    double availabilityPct,
    double unknownCoveragePct,
    long userMinutes,
    long platformMinutes,
    long unknownSideMinutes,
    double sloTargetPct,
    double budgetMinutes,
    double remainingMinutes,
    double burnRate) {

  public ReportRow {
    Objects.requireNonNull(group, "group");
  }

  public long consumedMinutes() {
    return breachMinutes;
  }
}
