package dev.flotilla.adviser.catalogue;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.Phase;
import dev.flotilla.adviser.VersionRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of the pattern catalogue. It matches when every non-empty condition holds: a line
 * matches one of {@code anyLine}, a chain holds one of {@code exceptions}, a frame starts with one
 * of {@code framePrefixes}, the phase is one of {@code phases} (unknown phase passes), the version
 * is in {@code versions} (unknown version fails a non-empty range), and no line matches {@code
 * noneLine}. Higher {@code priority} wins over competing matches. With side {@code LIBRARY_FRAMES},
 * {@code libraryAction} (when set) replaces {@code action} if the failing code is a library's.
 */
public record CataloguePattern(
    String id,
    List<Pattern> anyLine,
    List<String> exceptions,
    List<String> framePrefixes,
    List<Phase> phases,
    VersionRange versions,
    List<Pattern> noneLine,
    Label label,
    SideRule side,
    Action action,
    Optional<Action> libraryAction,
    double confidence,
    int priority,
    String explanation,
    Optional<String> link) {

  public CataloguePattern {
    Objects.requireNonNull(id, "id");
    anyLine = List.copyOf(anyLine);
    exceptions = List.copyOf(exceptions);
    framePrefixes = List.copyOf(framePrefixes);
    phases = List.copyOf(phases);
    noneLine = List.copyOf(noneLine);
    Objects.requireNonNull(versions, "versions");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(libraryAction, "libraryAction");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(link, "link");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("pattern " + id + ": confidence must be in 0..1");
    }
    if (anyLine.isEmpty() && exceptions.isEmpty()) {
      throw new IllegalArgumentException("pattern " + id + ": needs 'any' lines or 'exception'");
    }
  }
}
