package dev.flotilla.adviser.rules;

import dev.flotilla.adviser.AdviceInput;
import dev.flotilla.adviser.chain.ExceptionChain;
import dev.flotilla.adviser.chain.ExceptionLink;
import dev.flotilla.adviser.chain.StackFrame;
import dev.flotilla.model.Side;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether failing code belongs to a connector or format library (side PLATFORM) or to the
 * user: looks at the first application frame of the most telling link of each chain, and at library
 * package names mentioned in the text when frames are missing.
 */
public final class LibraryFrames {
  private final List<String> libraryPackages;

  public LibraryFrames(List<String> libraryPackages) {
    this.libraryPackages = List.copyOf(libraryPackages);
  }

  public Side sideOf(AdviceInput input) {
    for (ExceptionChain chain : input.chains()) {
      for (ExceptionLink link : List.of(chain.mostTelling(), chain.root())) {
        Optional<Side> side = owner(link);
        if (side.isPresent()) {
          return side.get();
        }
      }
    }
    return Side.USER;
  }

  /** The owner of the first frame that is neither JDK nor Flink core, if any. */
  private Optional<Side> owner(ExceptionLink link) {
    for (StackFrame f : link.frames()) {
      if (isLibrary(f.className())) {
        return Optional.of(Side.PLATFORM);
      }
      if (!f.isRuntimeLibrary() && !f.className().startsWith("org.apache.flink.")) {
        return Optional.of(Side.USER);
      }
    }
    return isLibrary(link.className()) ? Optional.of(Side.PLATFORM) : Optional.empty();
  }

  public boolean isLibrary(String className) {
    return libraryPackages.stream().anyMatch(className::startsWith);
  }
}
