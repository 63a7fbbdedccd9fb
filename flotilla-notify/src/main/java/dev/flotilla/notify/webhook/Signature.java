package dev.flotilla.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Flotilla-Signature} header: {@code sha256=<hex HMAC-SHA256 of the exact body bytes,
 * keyed with the channel secret>}.
 */
public final class Signature {
  public static final String HEADER = "X-Flotilla-Signature";
  public static final String TIMESTAMP_HEADER = "X-Flotilla-Timestamp";
  private static final String PREFIX = "sha256=";

  private Signature() {}

  public static String sign(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  /** Constant-time check of a received header value against the body and secret. */
  public static boolean verify(byte[] body, String secret, String header) {
    if (header == null) {
      return false;
    }
    byte[] expected = sign(body, secret).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, header.trim().getBytes(StandardCharsets.US_ASCII));
  }
}
