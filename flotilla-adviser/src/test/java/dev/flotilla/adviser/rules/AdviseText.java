package dev.flotilla.adviser.rules;

import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.Adviser;
import java.util.Optional;

/** The built-in adviser on a bare log excerpt (no metrics hint, version or phase). */
final class AdviseText {
  private static final Adviser ADVISER = Adviser.builtIn();

  private AdviseText() {}

  static Advice advise(String log) {
    return ADVISER.adviseText(log, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
