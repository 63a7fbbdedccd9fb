package dev.flotilla.adviser.metrics;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads symptoms from a free-text metrics hint such as "backpressure high on source, busy 100% on
 * window" or "one subtask receives 90% of records". Conservative: a symptom is reported only when
 * the text states it with a strong word or a number past a threshold.
 */
public final class MetricsHintParser {
  private static final Pattern BACKPRESSURE =
      Pattern.compile(
          "back\\s*-?\\s*pressur\\w*[^,;.]*?(high|\\b0\\.[5-9]\\d*|\\b1(\\.0+)?\\b|[5-9]\\d\\s*%|100\\s*%)"
              + "|(high|heavy|severe|strong)\\s+back\\s*-?\\s*pressure"
              + "|backPressuredTimeMsPerSecond\\s*[:=]?\\s*([5-9]\\d\\d|1000)");
  private static final Pattern BUSY =
      Pattern.compile(
          "busy\\w*\\s*[:=]?\\s*(9\\d|100)\\s*%|busyratio\\s*[:=]?\\s*0?\\.9\\d*|busyratio\\s*[:=]?\\s*1(\\.0+)?\\b"
              + "|busytimemspersecond\\s*[:=]?\\s*(9\\d\\d|1000)");
  private static final Pattern SKEW_WORDS =
      Pattern.compile(
          "data skew|key skew|hot key|skewed|"
              + "(uneven|unbalanced|imbalanced)[^,;.]{0,40}\\bsubtasks?\\b"
              + "|\\bsubtasks?\\b[^,;.]{0,40}(uneven|unbalanced|imbalanced)|"
              + "one (sub)?task\\b[^,;.]{0,40}?\\b(receives|gets|processes|handles|has) (most|([5-9]\\d|100)\\s*%)"
              + "|([5-9]\\d|100)\\s*% of (the )?records (go |goes )?to (one|a single|key)"
              + "|only \\d+ (of \\d+ )?(sub)?tasks?\\w* (has|have|receive|get)");
  private static final Pattern SKEW_VALUE =
      Pattern.compile("\\bskew\\s*[:=]?\\s*(\\d+(?:\\.\\d+)?)");
  private static final Pattern MIN_MAX =
      Pattern.compile("min\\s*[:=]?\\s*(\\d+)\\s*/?\\s*,?\\s*max\\s*[:=]?\\s*(\\d+)");
  private static final Pattern CHECKPOINT_SLOW =
      Pattern.compile(
          "checkpoint\\w*\\s+(duration|time)s?\\s+(rising|growing|increasing|climbing)"
              + "|checkpoint\\w*[^,;]*\\btowards? (the )?timeout"
              + "|checkpoint\\w*\\s+(slowed|slow down|slowing)");

  /** The symptoms stated in the hint; empty for blank text. */
  public Set<Symptom> parse(String hint) {
    Set<Symptom> out = EnumSet.noneOf(Symptom.class);
    if (hint == null || hint.isBlank()) {
      return out;
    }
    String t = hint.toLowerCase(Locale.ROOT);
    if (BACKPRESSURE.matcher(t).find()) {
      out.add(Symptom.BACKPRESSURE_HIGH);
    }
    if (BUSY.matcher(t).find()) {
      out.add(Symptom.OPERATOR_BUSY);
    }
    if (SKEW_WORDS.matcher(t).find() || skewByNumbers(t)) {
      out.add(Symptom.KEY_SKEW);
    }
    if (CHECKPOINT_SLOW.matcher(t).find()) {
      out.add(Symptom.CHECKPOINT_SLOW);
    }
    return out;
  }

  private static boolean skewByNumbers(String t) {
    Matcher v = SKEW_VALUE.matcher(t);
    if (v.find() && Double.parseDouble(v.group(1)) >= 50) {
      return true;
    }
    Matcher mm = MIN_MAX.matcher(t);
    if (mm.find()) {
      long min = Long.parseLong(mm.group(1));
      long max = Long.parseLong(mm.group(2));
      return max >= 10 && max > 5 * Math.max(1, min);
    }
    return false;
  }
}
