package dev.flotilla.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An API token: only the SHA-256 of its secret is kept. */
public record ApiToken(String name, Role role, String sha256) {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  public ApiToken {
    Names.requireName(name, "token name");
    Objects.requireNonNull(role, "role");
    sha256 = sha256.toLowerCase(Locale.ROOT);
    if (!HEX64.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 hex digits");
    }
  }

  /** A token whose secret is given in clear (e.g. from an environment variable). */
  public static ApiToken fromSecret(String name, Role role, String secret) {
    return new ApiToken(name, role, sha256Hex(secret));
  }

  /** True when {@code presentedSecret} hashes to this token (constant-time comparison). */
  public boolean matches(String presentedSecret) {
    byte[] expected = HexFormat.of().parseHex(sha256);
    return MessageDigest.isEqual(expected, digest(presentedSecret));
  }

  public static String sha256Hex(String secret) {
    return HexFormat.of().formatHex(digest(secret));
  }

  private static byte[] digest(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "ApiToken[name=" + name + ", role=" + role.yamlName() + "]";
  }
}
