package dev.flotilla.config;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable, declaration-ordered copies of enum sets. */
final class Enums {
  private Enums() {}

  static <E extends Enum<E>> Set<E> immutableSet(Set<E> values) {
    if (values.isEmpty()) {
      return Set.of();
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(values));
  }
}
