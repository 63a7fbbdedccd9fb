package dev.flotilla.adviser.rules;

import dev.flotilla.adviser.AdviceInput;
import dev.flotilla.adviser.catalogue.CataloguePattern;
import dev.flotilla.adviser.chain.ExceptionChain;
import dev.flotilla.adviser.chain.ExceptionLink;
import dev.flotilla.model.Side;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Applies catalogue patterns (plain patterns or known bugs) to the input. */
public final class CatalogueRule implements Rule {
  private static final int MAX_EVIDENCE = 3;
  private static final int MAX_LINE = 300;
  private final List<CataloguePattern> patterns;
  private final FaultLocator locator;
  private final boolean versionRequired;

  /**
   * @param versionRequired true for known bugs: a pattern with a version range never fires when the
   *     job's Flink version is unknown
   */
  public CatalogueRule(
      List<CataloguePattern> patterns, FaultLocator locator, boolean versionRequired) {
    this.patterns = List.copyOf(patterns);
    this.locator = locator;
    this.versionRequired = versionRequired;
  }

  @Override
  public List<Finding> evaluate(AdviceInput in) {
    List<Finding> out = new ArrayList<>();
    Supplier<FaultLocation> location = memoized(() -> locator.locate(in));
    for (CataloguePattern p : patterns) {
      match(p, in, location).ifPresent(out::add);
    }
    return out;
  }

  /** Locating the fault walks every frame: do it at most once per input, and only if needed. */
  private static Supplier<FaultLocation> memoized(Supplier<FaultLocation> s) {
    FaultLocation[] cache = new FaultLocation[1];
    return () -> {
      if (cache[0] == null) {
        cache[0] = s.get();
      }
      return cache[0];
    };
  }

  private Optional<Finding> match(
      CataloguePattern p, AdviceInput in, Supplier<FaultLocation> location) {
    if (!p.phases().isEmpty() && in.phase().isPresent() && !p.phases().contains(in.phase().get())) {
      return Optional.empty();
    }
    if (!p.versions().isEmpty()) {
      if (in.flinkVersion().isEmpty()) {
        if (versionRequired) {
          return Optional.empty();
        }
      } else if (!p.versions().contains(in.flinkVersion().get())) {
        return Optional.empty();
      }
    }
    if (in.lines().stream().anyMatch(l -> anyFind(p.noneLine(), l))) {
      return Optional.empty();
    }
    Set<String> evidence = new LinkedHashSet<>();
    if (!p.anyLine().isEmpty()) {
      for (String line : in.lines()) {
        if (anyFind(p.anyLine(), line) && evidence.size() < MAX_EVIDENCE) {
          evidence.add(clip(line));
        }
      }
      if (evidence.isEmpty()) {
        return Optional.empty();
      }
    }
    if (!p.exceptions().isEmpty()) {
      Optional<ExceptionLink> link = exceptionLink(p.exceptions(), in);
      if (link.isEmpty()) {
        return Optional.empty();
      }
      if (evidence.size() < MAX_EVIDENCE) {
        evidence.add(clip(link.get().headerLine()));
      }
    }
    if (!p.framePrefixes().isEmpty() && !hasFrame(p.framePrefixes(), in)) {
      return Optional.empty();
    }
    Side side =
        switch (p.side()) {
          case USER -> Side.USER;
          case PLATFORM -> Side.PLATFORM;
          case UNKNOWN -> Side.UNKNOWN;
          case LIBRARY_FRAMES -> sideByLocation(location.get(), evidence, false);
          case CONNECTOR_FRAMES -> sideByLocation(location.get(), evidence, true);
        };
    return Optional.of(
        new Finding(
            p.id(),
            p.label(),
            side,
            side == Side.PLATFORM && p.side().followsFrames()
                ? p.libraryAction().orElse(p.action())
                : p.action(),
            p.confidence(),
            p.priority(),
            p.explanation(),
            p.link(),
            List.copyOf(evidence)));
  }

  /**
   * Side from where the failing code lives: PLATFORM for Flink (unless {@code libraryOnly}) or a
   * library, USER for job code and when nothing says otherwise (the catalogue's default for
   * code-level mechanisms).
   */
  private static Side sideByLocation(
      FaultLocation location, Set<String> evidence, boolean libraryOnly) {
    Side side =
        location.owner() == FaultOwner.UNKNOWN
                || (libraryOnly && location.owner() == FaultOwner.FLINK)
            ? Side.USER
            : location.owner().side();
    if (location.isKnown()) {
      evidence.add("side: " + location.evidence() + " -> " + side);
    }
    return side;
  }

  private static boolean anyFind(List<Pattern> regexes, String line) {
    return regexes.stream().anyMatch(r -> r.matcher(line).find());
  }

  private static Optional<ExceptionLink> exceptionLink(List<String> names, AdviceInput in) {
    for (ExceptionChain chain : in.chains()) {
      for (ExceptionLink l : chain.links()) {
        if (names.stream().anyMatch(l::isA)) {
          return Optional.of(l);
        }
        for (ExceptionLink s : l.suppressed()) {
          if (names.stream().anyMatch(s::isA)) {
            return Optional.of(s);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasFrame(List<String> prefixes, AdviceInput in) {
    return in.chains().stream()
        .flatMap(c -> c.links().stream())
        .flatMap(l -> l.frames().stream())
        .anyMatch(f -> prefixes.stream().anyMatch(f.className()::startsWith));
  }

  static String clip(String line) {
    String t = line.strip();
    return t.length() <= MAX_LINE ? t : t.substring(0, MAX_LINE) + "…";
  }
}
