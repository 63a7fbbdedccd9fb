package dev.flotilla.operator.policy;

import java.util.Objects;

/** A guard's "no": the reason code and a sentence saying exactly why. */
public record Block(SkipReason reason, String why) {
  public Block {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(why, "why");
  }
}
