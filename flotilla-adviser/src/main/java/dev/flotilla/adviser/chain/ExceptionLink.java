package dev.flotilla.adviser.chain;

import java.util.List;
import java.util.Objects;

/**
 * One exception of a chain: its class, message and frames, plus exceptions recorded as suppressed
 * by it. {@code headerLine} is the text line it was read from, quoted as evidence.
 */
public record ExceptionLink(
    String className,
    String message,
    List<StackFrame> frames,
    List<ExceptionLink> suppressed,
    String headerLine) {

  public ExceptionLink {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(headerLine, "headerLine");
    frames = List.copyOf(frames);
    suppressed = List.copyOf(suppressed);
  }

  /** The class name without its package. */
  public String simpleName() {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? className : className.substring(dot + 1);
  }

  /** True when the class name equals {@code name}, or its simple name does (for short names). */
  public boolean isA(String name) {
    return className.equals(name) || (!name.contains(".") && simpleName().equals(name));
  }

  /** The first frame that is not JDK/Scala/reflection machinery, if any. */
  public java.util.Optional<StackFrame> firstApplicationFrame() {
    return frames.stream().filter(f -> !f.isRuntimeLibrary()).findFirst();
  }
}
