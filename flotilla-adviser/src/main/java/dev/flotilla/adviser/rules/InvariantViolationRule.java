package dev.flotilla.adviser.rules;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.AdviceInput;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.chain.ExceptionChain;
import dev.flotilla.adviser.chain.ExceptionLink;
import dev.flotilla.model.Side;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An exception whose own message says the state it found is impossible ("This is unexpected",
 * "should never happen", "This indicates a bug") is an invariant of the code that threw it, not a
 * mistake of the job: PLATFORM_BUG, fixed by a Flink release when Flink threw it, else by the
 * component's. Silent when the job's own code threw it. Ranks with {@link InternalFaultRule}, below
 * every catalogue pattern.
 */
public final class InvariantViolationRule implements Rule {
  private static final Pattern INVARIANT =
      Pattern.compile(
          "\\bthis is unexpected\\b|\\bshould (never|not) (have )?happen(ed)?\\b"
              + "|\\bthis (is|indicates|might indicate|may indicate) a bug\\b"
              + "|\\bplease (file|report|open) (a|an) (bug|issue|jira)\\b",
          Pattern.CASE_INSENSITIVE);
  private final FaultLocator locator;

  public InvariantViolationRule(FaultLocator locator) {
    this.locator = locator;
  }

  @Override
  public List<Finding> evaluate(AdviceInput in) {
    for (ExceptionChain chain : in.chains()) {
      for (ExceptionLink link : chain.links()) {
        if (INVARIANT.matcher(link.message()).find()) {
          FaultLocation location = locator.locate(link);
          if (location.owner() == FaultOwner.USER_CODE) {
            return List.of();
          }
          return List.of(finding(link, location));
        }
      }
    }
    return List.of();
  }

  private static Finding finding(ExceptionLink link, FaultLocation location) {
    boolean flink = location.owner() == FaultOwner.FLINK;
    List<String> evidence =
        location.isKnown()
            ? List.of(CatalogueRule.clip(link.headerLine()), "side: " + location.evidence())
            : List.of(CatalogueRule.clip(link.headerLine()));
    return new Finding(
        "invariant-violated",
        Label.PLATFORM_BUG,
        Side.PLATFORM,
        flink ? Action.UPGRADE_FLINK_VERSION : Action.FIX_DEPENDENCIES,
        0.5,
        InternalFaultRule.PRIORITY,
        "The exception says its own code reached a state it considers impossible: a bug in "
            + (flink ? "Flink; look for a fixed Flink release." : "the component that threw it;")
            + (flink ? "" : " look for a fixed release of it."),
        Optional.empty(),
        evidence);
  }
}
