package dev.flotilla.adviser.chain;

import java.util.Objects;

/** One "at pkg.Class.method(File.java:12)" line of a stack trace. */
public record StackFrame(String className, String method, String location) {
  public StackFrame {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(location, "location");
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
