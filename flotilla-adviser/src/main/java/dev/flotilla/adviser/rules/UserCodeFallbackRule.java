package dev.flotilla.adviser.rules;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.AdviceInput;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.chain.ExceptionChain;
import dev.flotilla.adviser.chain.ExceptionLink;
import dev.flotilla.adviser.chain.StackFrame;
import dev.flotilla.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Last resort when no pattern matched: an exception thrown from a user package, or a plain
 * java.lang exception with its own message, is most likely a bug or bad data in user code. Low
 * priority and modest confidence; library and Flink-internal frames give no finding at all.
 */
public final class UserCodeFallbackRule implements Rule {
  private static final Set<String> PLAIN =
      Set.of(
          "java.lang.RuntimeException",
          "java.lang.Exception",
          "java.lang.IllegalArgumentException",
          "java.lang.IllegalStateException",
          "java.lang.NullPointerException",
          "java.lang.NumberFormatException",
          "java.lang.ArithmeticException",
          "java.lang.IndexOutOfBoundsException",
          "java.lang.ArrayIndexOutOfBoundsException",
          "java.lang.StringIndexOutOfBoundsException",
          "java.lang.UnsupportedOperationException",
          "java.util.NoSuchElementException");
  private final FaultLocator locator;

  public UserCodeFallbackRule(FaultLocator locator) {
    this.locator = locator;
  }

  @Override
  public List<Finding> evaluate(AdviceInput in) {
    List<Finding> out = new ArrayList<>();
    for (ExceptionChain chain : in.chains()) {
      ExceptionLink link = chain.mostTelling();
      Optional<StackFrame> frame = link.firstApplicationFrame();
      FaultLocation location = locator.locate(link);
      if (frame.isPresent()) {
        if (location.owner() == FaultOwner.USER_CODE) {
          out.add(finding(0.7, link, location.evidence()));
        } else if (PLAIN.contains(link.className())
            && location.owner() == FaultOwner.FLINK
            && insideUserOperator(chain)) {
          out.add(
              finding(
                  0.45,
                  link,
                  "a plain "
                      + link.simpleName()
                      + " while a user function's operator was processing a record"));
        }
      } else if (PLAIN.contains(link.className())
          && !link.message().isBlank()
          && !location.isKnown()) {
        out.add(
            finding(0.55, link, "a plain " + link.simpleName() + " with an application message"));
      }
      if (!out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  /**
   * True when the stack passes through a DataStream operator that calls a user function while
   * processing a record (StreamMap, StreamGroupedReduce, ProcessOperator...): a null returned or
   * emitted by the function then fails inside Flink's serializer or state table. Any link of the
   * chain counts: the innermost cause often carries only the serializer's frame.
   */
  static boolean insideUserOperator(ExceptionChain chain) {
    return chain.links().stream()
        .flatMap(l -> l.frames().stream())
        .anyMatch(
            f ->
                f.className().startsWith("org.apache.flink.streaming.api.operators.")
                    && f.method().startsWith("processElement"));
  }

  private static Finding finding(double confidence, ExceptionLink link, String why) {
    return new Finding(
        "fallback-user-code",
        Label.USER_CODE_EXCEPTION,
        Side.USER,
        Action.FIX_USER_CODE,
        confidence,
        10,
        "No known failure pattern matched; the root cause is " + why + ".",
        Optional.empty(),
        List.of(CatalogueRule.clip(link.headerLine())));
  }
}
