package dev.flotilla.adviser.cases;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accuracy of the adviser on labelled cases: per-field accuracy, a confusion table (expected ×
 * predicted label), and the count of confident-wrong answers (confidence &ge; 0.8 with a wrong
 * label).
 */
public record ScoreReport(
    String scope,
    int cases,
    int errors,
    int labelCorrect,
    int sideCorrect,
    int actionCorrect,
    int confidentWrong,
    Map<String, Map<String, Integer>> confusion,
    List<String> misses) {

  public static final double CONFIDENT = 0.8;

  public ScoreReport {
    confusion = Map.copyOf(confusion);
    misses = List.copyOf(misses);
  }

  public double labelAccuracy() {
    return ratio(labelCorrect);
  }

  public double sideAccuracy() {
    return ratio(sideCorrect);
  }

  public double actionAccuracy() {
    return ratio(actionCorrect);
  }

  public double confidentWrongRate() {
    return ratio(confidentWrong);
  }

  private double ratio(int n) {
    return cases == 0 ? 0 : (double) n / cases;
  }

  /** A printable report. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    String nl = System.lineSeparator();
    sb.append(
        String.format(
            Locale.ROOT, "== %s: %d labelled cases, %d bad lines%n", scope, cases, errors));
    sb.append(pct("label", labelCorrect)).append(nl);
    sb.append(pct("side", sideCorrect)).append(nl);
    sb.append(pct("action", actionCorrect)).append(nl);
    sb.append(pct("confident-wrong (conf >= 0.8, wrong label)", confidentWrong)).append(nl);
    Set<String> predicted = new TreeSet<>();
    confusion.values().forEach(m -> predicted.addAll(m.keySet()));
    sb.append("confusion (rows expected, columns predicted; codes below):").append(nl);
    List<String> cols = List.copyOf(predicted);
    sb.append(String.format(Locale.ROOT, "%-30s", ""));
    for (int i = 0; i < cols.size(); i++) {
      sb.append(String.format(Locale.ROOT, "%4s", "c" + i));
    }
    sb.append(nl);
    for (Map.Entry<String, Map<String, Integer>> row : new TreeMap<>(confusion).entrySet()) {
      sb.append(String.format(Locale.ROOT, "%-30s", row.getKey()));
      for (String c : cols) {
        int n = row.getValue().getOrDefault(c, 0);
        sb.append(String.format(Locale.ROOT, "%4s", n == 0 ? "." : String.valueOf(n)));
      }
      sb.append(nl);
    }
    for (int i = 0; i < cols.size(); i++) {
      sb.append("  c").append(i).append(" = ").append(cols.get(i)).append(nl);
    }
    if (!misses.isEmpty()) {
      sb.append("misses (id: expected -> predicted):").append(nl);
      misses.forEach(m -> sb.append("  ").append(m).append(nl));
    }
    return sb.toString();
  }

  private String pct(String name, int n) {
    return String.format(
        Locale.ROOT,
        "%-45s %3d/%-3d = %5.1f%%",
        name,
        n,
        cases,
        cases == 0 ? 0 : 100.0 * n / cases);
  }
}
