package dev.flotilla.adviser.chain;

import java.util.Objects;

/**
 * One "at pkg.Class.method(File.java:12) ~[some.jar:1.0]" line of a stack trace; {@code jar} is the
 * jar named after the frame by Log4j's extended pattern ("" when the log does not show it).
 */
public record StackFrame(String className, String method, String location, String jar) {
  public StackFrame {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(jar, "jar");
  }

  /** A frame whose jar is not shown. */
  public StackFrame(String className, String method, String location) {
    this(className, method, location, "");
  }

  /** The package of the class, "" for the default package. */
  public String packageName() {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }

  /** True for JDK, Scala and reflection frames that say nothing about whose code failed. */
  public boolean isRuntimeLibrary() {
    return className.startsWith("java.")
        || className.startsWith("javax.")
        || className.startsWith("jdk.")
        || className.startsWith("sun.")
        || className.startsWith("scala.")
        || className.startsWith("akka.")
        || className.startsWith("org.apache.pekko.");
  }
}
