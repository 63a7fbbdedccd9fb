package dev.flotilla.adviser.rules;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.AdviceInput;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.chain.ExceptionChain;
import dev.flotilla.adviser.chain.ExceptionLink;
import dev.flotilla.model.Side;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fallback for failures no pattern explains that are thrown inside platform code: a library
 * (connector, lake format, platform tool) failing on its own is a bug there (PLATFORM_BUG,
 * FIX_DEPENDENCIES: upgrade or patch the component); an internal assertion of the Flink runtime
 * (IllegalStateException, NullPointerException... with no user operator on the stack) points at
 * Flink (UPGRADE_FLINK_VERSION). Ranks just above {@link UserCodeFallbackRule} and well below every
 * catalogue pattern; confidences stay modest because the mechanism is not known.
 */
public final class InternalFaultRule implements Rule {
  static final int PRIORITY = 12;
  private static final Set<String> ASSERTIONS =
      Set.of(
          "java.lang.IllegalStateException",
          "java.lang.NullPointerException",
          "java.lang.IllegalArgumentException",
          "java.lang.ArrayIndexOutOfBoundsException",
          "java.lang.IndexOutOfBoundsException",
          "java.lang.AssertionError",
          "java.lang.UnsupportedOperationException",
          "java.util.NoSuchElementException",
          "java.util.ConcurrentModificationException");
  private final FaultLocator locator;

  public InternalFaultRule(FaultLocator locator) {
    this.locator = locator;
  }

  @Override
  public List<Finding> evaluate(AdviceInput in) {
    FaultLocation location = locator.locate(in);
    if (location.owner() == FaultOwner.LIBRARY
        && location.evidence().startsWith(FaultLocator.PROSE)) {
      return List.of(prose(in, location));
    }
    for (ExceptionChain chain : in.chains()) {
      ExceptionLink link = chain.mostTelling();
      if (location.owner() == FaultOwner.LIBRARY) {
        return List.of(
            finding(
                0.55,
                Action.FIX_DEPENDENCIES,
                link,
                location,
                "a connector/format/platform library failed on its own; upgrade or patch it"));
      }
      if (location.owner() == FaultOwner.FLINK
          && locator.locate(link).owner() == FaultOwner.FLINK
          && ASSERTIONS.contains(link.className())
          && !UserCodeFallbackRule.insideUserOperator(chain)) {
        return List.of(
            finding(
                0.45,
                Action.UPGRADE_FLINK_VERSION,
                link,
                location,
                "an internal assertion of the Flink runtime failed; look for a fixed Flink"
                    + " release"));
      }
    }
    return List.of();
  }

  /**
   * A report without any exception that names a library and matched no pattern: most likely a
   * misbehaviour of that library (it is what such reports are about), but with little to go on.
   */
  private static Finding prose(AdviceInput in, FaultLocation location) {
    String first = in.lines().stream().filter(l -> !l.isBlank()).findFirst().orElse("");
    return new Finding(
        "internal-fault",
        Label.PLATFORM_BUG,
        Side.PLATFORM,
        Action.FIX_DEPENDENCIES,
        0.4,
        PRIORITY,
        "No known failure pattern and no stack trace; the report describes misbehaviour of a"
            + " library ("
            + location.evidence()
            + "); look for a fixed release of it.",
        Optional.empty(),
        List.of(CatalogueRule.clip(first), "side: " + location.evidence()));
  }

  private static Finding finding(
      double confidence, Action action, ExceptionLink link, FaultLocation location, String why) {
    return new Finding(
        "internal-fault",
        Label.PLATFORM_BUG,
        Side.PLATFORM,
        action,
        confidence,
        PRIORITY,
        "No known failure pattern matched; " + why + " (" + location.evidence() + ").",
        Optional.empty(),
        List.of(CatalogueRule.clip(link.headerLine()), "side: " + location.evidence()));
  }
}
