package dev.flotilla.adviser.rules;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.AdviceInput;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.Side;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report that cites a Flink JIRA issue ({@code [FLINK-27218] fix ...}, "same as FLINK-22400") is
 * about a fault in Flink itself. Two effects: when no pattern explains the mechanism it is a weak
 * PLATFORM_BUG finding; when a pattern did and put the fault on the user's side, {@link #refine}
 * moves it to PLATFORM and recommends the Flink release that resolved the cited issue: first,
 * except for memory and capacity mechanisms, whose resizing comes first. The mechanism label stays.
 */
public final class CitedIssueRule implements Rule {
  static final int PRIORITY = 11;

  /**
   * Mechanisms whose first remedy is resizing even when a Flink issue caused them: the job must run
   * again before anyone can upgrade, so the Flink release comes second.
   */
  private static final Set<Label> RESOURCE_LABELS =
      EnumSet.of(
          Label.OOM_HEAP,
          Label.OOM_METASPACE,
          Label.OOM_DIRECT_OR_NETWORK,
          Label.CONTAINER_KILLED_MEMORY,
          Label.INSUFFICIENT_RESOURCES);

  private static final Pattern CITATION = Pattern.compile("\\bFLINK-\\d{3,6}\\b");

  /** Issue keys of libraries and infrastructure Flink jobs run on (not of external systems). */
  private static final Pattern COMPONENT_CITATION =
      Pattern.compile(
          "\\b(HUDI|HIVE|CALCITE|AVRO|PARQUET|ORC|BEAM|ICEBERG|PAIMON|DORIS|KYUUBI|HADOOP|HDFS|YARN"
              + "|ZOOKEEPER)-\\d{2,6}\\b");

  private static final Set<String> INFRASTRUCTURE = Set.of("HADOOP", "HDFS", "YARN", "ZOOKEEPER");

  @Override
  public List<Finding> evaluate(AdviceInput in) {
    return citation(in)
        .map(
            line ->
                List.of(
                    new Finding(
                        "cited-flink-issue",
                        Label.PLATFORM_BUG,
                        Side.PLATFORM,
                        Action.UPGRADE_FLINK_VERSION,
                        0.4,
                        PRIORITY,
                        "No known failure pattern matched, but the report cites a Flink issue: a"
                            + " bug in Flink; use a release that fixes it.",
                        Optional.empty(),
                        List.of(CatalogueRule.clip(line)))))
        .orElse(List.of());
  }

  /**
   * The advice with the fault moved to Flink when the report cites a Flink issue; or to the library
   * (FIX_DEPENDENCIES) or infrastructure component whose issue tracker it cites ({@code
   * [HUDI-5671]}, {@code HDFS-14476}).
   */
  public Advice refine(AdviceInput in, Advice advice) {
    if (advice.label() == Label.UNKNOWN || advice.side() != Side.USER) {
      return advice;
    }
    Optional<String> line = citation(in);
    if (line.isEmpty()) {
      return refineForComponent(in, advice);
    }
    List<Action> actions = new ArrayList<>();
    if (!RESOURCE_LABELS.contains(advice.label())) {
      actions.add(Action.UPGRADE_FLINK_VERSION);
    }
    advice.actions().stream().filter(a -> a != Action.UPGRADE_FLINK_VERSION).forEach(actions::add);
    if (RESOURCE_LABELS.contains(advice.label())) {
      actions.add(Action.UPGRADE_FLINK_VERSION);
    }
    return movedToPlatform(
        advice,
        actions,
        "cited-flink-issue",
        "side: the report cites a Flink issue -> PLATFORM: " + CatalogueRule.clip(line.get()),
        " The report cites a Flink issue, so the fault is in Flink.");
  }

  private static Advice movedToPlatform(
      Advice advice, List<Action> actions, String rule, String evidenceLine, String why) {
    List<String> evidence = new ArrayList<>(advice.evidence());
    evidence.add(evidenceLine);
    List<String> rules = new ArrayList<>(advice.rules());
    rules.add(rule);
    return new Advice(
        advice.label(),
        Side.PLATFORM,
        actions,
        advice.confidence(),
        rules,
        evidence,
        advice.explanation() + why,
        advice.links());
  }

  private static Advice refineForComponent(AdviceInput in, Advice advice) {
    for (String line : in.lines()) {
      Matcher m = COMPONENT_CITATION.matcher(line);
      if (!m.find()) {
        continue;
      }
      boolean infrastructure = INFRASTRUCTURE.contains(m.group(1));
      List<Action> actions = new ArrayList<>();
      if (!infrastructure && !RESOURCE_LABELS.contains(advice.label())) {
        actions.add(Action.FIX_DEPENDENCIES);
      }
      advice.actions().stream().filter(a -> !actions.contains(a)).forEach(actions::add);
      return movedToPlatform(
          advice,
          actions,
          "cited-component-issue",
          "side: the report cites "
              + m.group()
              + " ("
              + (infrastructure ? "infrastructure" : "library")
              + " issue) -> PLATFORM",
          " The report cites an issue of " + m.group(1) + ", so the fault is in that component.");
    }
    return advice;
  }

  private static Optional<String> citation(AdviceInput in) {
    for (String line : in.lines()) {
      Matcher m = CITATION.matcher(line);
      if (m.find()) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }
}
