package dev.flotilla.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names of clusters, jobs and tokens: letters, digits, '.', '_' and '-', starting with a letter or
 * digit. No '/', because an observed job's key is {@code cluster/jobName}.
 */
public final class Names {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private Names() {}

  public static boolean isValid(String name) {
    return NAME.matcher(name).matches();
  }

  static String requireName(String name, String what) {
    Objects.requireNonNull(name, what);
    if (!isValid(name)) {
      throw new IllegalArgumentException(
          what + " must match [A-Za-z0-9][A-Za-z0-9._-]* but was '" + name + "'");
    }
    return name;
  }
}
