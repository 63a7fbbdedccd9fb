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
  private final LibraryFrames libraries;

  public UserCodeFallbackRule(LibraryFrames libraries) {
    this.libraries = libraries;
  }

  @Override
  public List<Finding> evaluate(AdviceInput in) {
    List<Finding> out = new ArrayList<>();
    for (ExceptionChain chain : in.chains()) {
      ExceptionLink link = chain.mostTelling();
      Optional<StackFrame> frame = link.firstApplicationFrame();
      if (frame.isPresent()) {
        String cls = frame.get().className();
        if (!cls.startsWith("org.apache.flink.") && !libraries.isLibrary(cls)) {
          out.add(finding(0.7, link, "thrown from user code " + frame.get().packageName()));
        } else if (PLAIN.contains(link.className())
            && cls.startsWith("org.apache.flink.streaming.api.operators")) {
          out.add(finding(0.45, link, "a plain " + link.simpleName() + " inside a user operator"));
        }
      } else if (PLAIN.contains(link.className()) && !link.message().isBlank()) {
        out.add(
            finding(0.55, link, "a plain " + link.simpleName() + " with an application message"));
      }
      if (!out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  /** True when a frame is a DataStream operator that calls a user function (map, reduce...). */
  private static boolean insideUserOperator(ExceptionLink link) {
    return link.frames().stream()
        .anyMatch(f -> f.className().startsWith("org.apache.flink.streaming.api.operators."));
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
