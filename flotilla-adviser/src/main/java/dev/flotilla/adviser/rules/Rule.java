package dev.flotilla.adviser.rules;

import dev.flotilla.adviser.AdviceInput;
import java.util.List;

/** One diagnostic rule: input in, zero or more findings out. No I/O. */
public interface Rule {
  List<Finding> evaluate(AdviceInput input);
}
