package dev.flotilla.config.option;

import dev.flotilla.config.ConfigError.Kind;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A value that cannot be converted. Carries one problem per offending node, so a list with three
 * bad elements reports three errors.
 */
public final class ValueException extends Exception {

  /**
   * One problem.
   *
   * @param at the offending node, when narrower than the option's value (e.g. a list element)
   * @param subPath path suffix of that node, e.g. {@code [2]}
   */
  public record Problem(Optional<Node> at, String subPath, Kind kind, String message) {}

  private final transient List<Problem> problems;

  public ValueException(List<Problem> problems) {
    super(problems.get(0).message(), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public static ValueException wrongType(String message) {
    return new ValueException(List.of(new Problem(Optional.empty(), "", Kind.WRONG_TYPE, message)));
  }

  public static ValueException badValue(String message) {
    return new ValueException(List.of(new Problem(Optional.empty(), "", Kind.BAD_VALUE, message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
