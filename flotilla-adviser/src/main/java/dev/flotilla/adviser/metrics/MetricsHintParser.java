package dev.flotilla.adviser.metrics;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads symptoms from a free-text metrics hint such as "backpressure high on source, busy 100% on
 * window", "one subtask receives 90% of records" or "backPressuredTimeMsPerSecond=1000". It reads
 * Flink's own metric names (busyTimeMsPerSecond, outPoolUsage, numRecordsIn min/max) as well as the
 * words people use for them. Conservative: a symptom is reported only when the text states it with
 * a strong word or a number past a threshold; "backpressure low, busy 12%" gives nothing.
 */
public final class MetricsHintParser {
  private static final String NUM = "(\\d+(?:[.,]\\d+)*)\\s*([km])?\\b";

  private static final Pattern BACKPRESSURE =
      Pattern.compile(
          "back\\s*-?\\s*pressur\\w*[^,;.]*?(high|\\b0\\.[5-9]\\d*|\\b1(\\.0+)?\\b|[5-9]\\d\\s*%|100\\s*%|\\btrue\\b)"
              + "|(high|heavy|severe|strong|constant|persistent)\\s+back\\s*-?\\s*pressure"
              + "|(?<!not )(?<!n't )(?<!never )\\bback\\s*-?\\s*pressured\\b"
              + "|\\bback\\s*-?\\s*pressured\\s+(\\d+\\s*% of the time|all the time|constantly)"
              + "|backpressuredtimemspersecond\\s*[:=]?\\s*([5-9]\\d\\d|1000)\\b"
              + "|outpoolusage\\s*[:=]?\\s*(0?\\.9\\d*|1(\\.0+)?\\b|9\\d\\s*%|100\\s*%)");
  private static final Pattern BUSY =
      Pattern.compile(
          "busy\\w*\\s*(ratio|time)?\\s*[:=]?\\s*(9\\d|100)\\s*%|busy\\s*ratio\\s*[:=]?\\s*0?\\.9\\d*"
              + "|busy\\s*ratio\\s*[:=]?\\s*1(\\.0+)?\\b"
              + "|busytimemspersecond\\s*[:=]?\\s*(9\\d\\d|1000)\\b"
              + "|\\b(9\\d|100)\\s*%\\s*busy|\\bbusy (at |near |close to )?(9\\d|100)\\s*%"
              + "|\\bbottleneck\\b|\\bcpu\\w*\\s*(usage\\s*)?(is\\s*|at\\s*)?(9\\d|100)\\s*%|\\bcpu (is )?saturated");
  private static final Pattern LAG =
      Pattern.compile(
          "\\blag\\w*\\b[^,;.]{0,40}\\b(grow\\w*|increas\\w*|ris\\w*|climb\\w*|keeps? (growing|increasing|rising))"
              + "|\\b(growing|increasing|rising) (consumer |kafka |source )?lag\\b"
              + "|\\b(falling|fell|falls) (further )?behind\\b|\\bcannot keep up\\b|\\bcan'?t keep up\\b");
  private static final Pattern SKEW_WORDS =
      Pattern.compile(
          "data skew|key skew|hot key|hot spot|hotspot|skewed|"
              + "(uneven|unbalanced|imbalanced)[^,;.]{0,40}\\bsubtasks?\\b"
              + "|\\bsubtasks?\\b[^,;.]{0,40}(uneven|unbalanced|imbalanced)|"
              + "(one|a single|single|only one) (sub)?task\\b[^,;.]{0,40}?\\b(receives|gets|processes|handles|has) (most|([5-9]\\d|100)\\s*%)"
              + "|(one|a single|single) (key|subtask|partition)\\b[^,;.]{0,30}\\b(accounts? for|receives|gets|has|carries) ([5-9]\\d|100)\\s*%"
              + "|([5-9]\\d|100)\\s*% of (the )?(records|traffic|data|events|messages) (go |goes |went )?to (one|a single|key)"
              + "|only \\d+ (of \\d+ )?(sub)?tasks?\\w* (has|have|receive|get)"
              + "|\\b(\\d+)\\s*x more (records|data|events|traffic|load)\\b"
              + "|\\b(sub)?tasks?\\b[^,;.]{0,30}\\b(process|processes|receive|receives|get|gets|handle|handles|have|has|with)\\s+no data\\b"
              + "|\\bothers? (take|takes|get|gets|receive|receives) (it all|all (the )?data)\\b");
  private static final Pattern ONE_VERSUS_OTHERS =
      Pattern.compile(
          "(one|a single|single|only one|subtask #?\\d+)\\b[^;.]{0,60}\\b(busy|back\\s*-?\\s*pressured|hot|overloaded|slow)\\b"
              + "[^;.]{0,60}\\b(other|others|rest)\\b[^;.]{0,40}\\b(idle|low|near zero|almost nothing|not busy)");
  private static final Pattern TIMES_MORE = Pattern.compile("\\b(\\d+)\\s*x more\\b");
  private static final Pattern SKEW_VALUE =
      Pattern.compile("\\bskew\\s*[:=]?\\s*(\\d+(?:\\.\\d+)?)");
  private static final Pattern MIN_MAX =
      Pattern.compile("min\\s*[:=]?\\s*" + NUM + "\\s*/?\\s*,?\\s*max\\s*[:=]?\\s*" + NUM);
  private static final Pattern RANGE =
      Pattern.compile(
          "(per subtask|subtasks?)\\b[^;.]{0,40}\\bfrom\\s*" + NUM + "\\s*to\\s*" + NUM);
  private static final Pattern CHECKPOINT_SLOW =
      Pattern.compile(
          "checkpoint\\w*[^,;.]{0,40}\\b(duration|time)s?\\b[^,;.]{0,20}\\b(rising|growing|increasing|climbing|keeps? (increasing|growing|rising))"
              + "|checkpoint\\w*[^,;]*\\btowards? (the )?timeout"
              + "|checkpoint\\w*\\s+(slowed|slow down|slowing)"
              + "|checkpoint\\w*[^,;.]{0,30}\\b(expired|expiring|timing out|timed out|time out)"
              + "|alignment (time|duration)s? (is |are )?(high|long|growing|rising)"
              + "|checkpoint\\w*[^,;.]{0,40}\\b(grows?|growing|rises|rising|increases|increasing)\\b[^,;.]{0,30}\\bto (the )?timeout"
              + "|checkpoints? (are |is )?(taking|take|takes) [^,;.]{0,20}\\b(with|of|against) (a |the )?[^,;.]{0,20}timeout");
  private static final Pattern HEAP =
      Pattern.compile(
          "(heap|old gen\\w*|tenured)[^,;.]{0,30}\\b(after (full )?gc)?[^,;.]{0,20}\\b(9[0-9]|100)\\s*%"
              + "|\\bfull gcs? (every|each) \\d+\\s*(s|sec|seconds|ms)\\b"
              + "|\\bgc time\\w*[^,;.]{0,20}\\b([2-9]\\d|100)\\s*%"
              + "|\\b(heap|old gen)[^,;.]{0,30}\\b(keeps? )?(growing|rising|increasing) after (full )?gc"
              + "|\\bheap (runs|ran|running|is running) out\\b|\\bout of heap\\b"
              + "|\\b(frequent|long|repeated) (g1 )?(old[- ]gen(eration)?|full|mixed) gcs?( pauses)?\\b");

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
    if (LAG.matcher(t).find()) {
      out.add(Symptom.LAG_GROWING);
    }
    if (isSkew(t)) {
      out.add(Symptom.KEY_SKEW);
    }
    if (CHECKPOINT_SLOW.matcher(t).find()) {
      out.add(Symptom.CHECKPOINT_SLOW);
    }
    if (HEAP.matcher(t).find()) {
      out.add(Symptom.HEAP_PRESSURE);
    }
    return out;
  }

  private static boolean isSkew(String t) {
    Matcher times = TIMES_MORE.matcher(t);
    if (times.find() && Integer.parseInt(times.group(1)) < 3) {
      return false; // "2x more" is ordinary variation, not skew
    }
    return SKEW_WORDS.matcher(t).find() || ONE_VERSUS_OTHERS.matcher(t).find() || skewByNumbers(t);
  }

  private static boolean skewByNumbers(String t) {
    Matcher v = SKEW_VALUE.matcher(t);
    if (v.find() && Double.parseDouble(v.group(1)) >= 50) {
      return true;
    }
    Matcher mm = MIN_MAX.matcher(t);
    if (mm.find()) {
      return farApart(value(mm.group(1), mm.group(2)), value(mm.group(3), mm.group(4)));
    }
    Matcher r = RANGE.matcher(t);
    return r.find() && farApart(value(r.group(2), r.group(3)), value(r.group(4), r.group(5)));
  }

  /** max at least 5 times min (and not tiny): one subtask does the work of several. */
  private static boolean farApart(double min, double max) {
    return max >= 10 && max > 5 * Math.max(1, min);
  }

  private static double value(String digits, String suffix) {
    String plain = digits.replace(",", "");
    if (plain.indexOf('.') != plain.lastIndexOf('.')) {
      plain = plain.replace(".", ""); // 1.000.000
    }
    double d = Double.parseDouble(plain);
    if (suffix == null) {
      return d;
    }
    return suffix.equals("k") ? d * 1_000 : d * 1_000_000;
  }
}
