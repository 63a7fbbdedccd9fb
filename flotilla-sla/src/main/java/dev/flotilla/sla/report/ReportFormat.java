package dev.flotilla.sla.report;

import java.util.List;
import java.util.Locale;

/** Renders an {@link SlaReport} as a text table, JSON or CSV. Pure string output. */
public final class ReportFormat {
  private static final List<String> HEADERS =
      List.of(
          "group",
          "jobs",
          "intervals",
          "avg_interval_min",
          "breach_min",
          "observed_min",
          "unknown_min",
          "excluded_min",
          "availability_pct",
          "unknown_coverage_pct",
          "user_min",
          "platform_min",
          "unknown_side_min",
          "slo_target_pct",
          "budget_min",
          "consumed_min",
          "remaining_min",
          "burn_rate");

  private ReportFormat() {}

  private static List<String> cells(ReportRow r) {
    return List.of(
        r.group(),
        Integer.toString(r.jobs()),
        Integer.toString(r.intervals()),
        num(r.averageIntervalMinutes(), 1),
        Long.toString(r.breachMinutes()),
        Long.toString(r.observedMinutes()),
        Long.toString(r.unknownMinutes()),
        Long.toString(r.excludedMinutes()),
        num(r.availabilityPct(), 3),
        num(r.unknownCoveragePct(), 2),
        Long.toString(r.userMinutes()),
        Long.toString(r.platformMinutes()),
        Long.toString(r.unknownSideMinutes()),
        num(r.sloTargetPct(), 3),
        num(r.budgetMinutes(), 1),
        Long.toString(r.consumedMinutes()),
        num(r.remainingMinutes(), 1),
        num(r.burnRate(), 2));
  }

  private static String num(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** Aligned columns with a header line; numbers right-aligned. */
  public static String table(SlaReport report) {
    List<List<String>> lines = new java.util.ArrayList<>();
    lines.add(HEADERS);
    report.rows().forEach(r -> lines.add(cells(r)));
    int[] width = new int[HEADERS.size()];
    for (List<String> l : lines) {
      for (int i = 0; i < l.size(); i++) {
        width[i] = Math.max(width[i], l.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("SLA ").append(report.from()).append(" .. ").append(report.to());
    sb.append(" (as of ").append(report.asOf()).append(", by ");
    sb.append(report.groupBy().name().toLowerCase(Locale.ROOT)).append(")\n");
    for (List<String> l : lines) {
      for (int i = 0; i < l.size(); i++) {
        String c = l.get(i);
        String pad = " ".repeat(width[i] - c.length());
        sb.append(i == 0 ? c + pad : pad + c).append(i == l.size() - 1 ? "" : "  ");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** RFC 4180 CSV with a header line. */
  public static String csv(SlaReport report) {
    StringBuilder sb = new StringBuilder(String.join(",", HEADERS)).append('\n');
    for (ReportRow r : report.rows()) {
      List<String> c = cells(r);
      for (int i = 0; i < c.size(); i++) {
        sb.append(i == 0 ? csvQuote(c.get(i)) : c.get(i)).append(i == c.size() - 1 ? "" : ",");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** A JSON object with the window and a {@code rows} array; numbers unquoted. */
  public static String json(SlaReport report) {
    StringBuilder sb = new StringBuilder("{");
    sb.append("\"from\":\"").append(report.from()).append("\",");
    sb.append("\"to\":\"").append(report.to()).append("\",");
    sb.append("\"asOf\":\"").append(report.asOf()).append("\",");
    sb.append("\"groupBy\":\"").append(report.groupBy().name().toLowerCase(Locale.ROOT));
    sb.append("\",\"rows\":[");
    for (int r = 0; r < report.rows().size(); r++) {
      List<String> c = cells(report.rows().get(r));
      sb.append(r == 0 ? "{" : ",{");
      for (int i = 0; i < c.size(); i++) {
        sb.append(i == 0 ? "" : ",").append('"').append(HEADERS.get(i)).append("\":");
        sb.append(i == 0 ? jsonString(c.get(i)) : c.get(i));
      }
      sb.append('}');
    }
    return sb.append("]}").toString();
  }

  static String csvQuote(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  static String jsonString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (ch < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
