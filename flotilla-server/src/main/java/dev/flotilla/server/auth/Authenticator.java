package dev.flotilla.server.auth;

import dev.flotilla.config.Role;
import dev.flotilla.config.ServerSettings;
import dev.flotilla.server.http.ApiException;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Resolves the caller of a request from {@code Authorization: Bearer <secret>} against the
 * configured tokens (SHA-256, constant-time comparison). With no tokens configured, loopback
 * callers are admin (the server then binds to 127.0.0.1 only) and anyone else is refused.
 */
public final class Authenticator {
  /** Actor name used in the audit log for requests in the no-token local mode. */
  public static final String LOCAL_ACTOR = "local";

  private final ServerSettings settings;

  public Authenticator(ServerSettings settings) {
    this.settings = settings;
  }

  public boolean open() {
    return settings.tokens().isEmpty();
  }

  /** The caller allowed {@code required}; 401 without a valid token, 403 below that role. */
  public Principal require(Context ctx, Role required) {
    Principal p = identify(ctx);
    if (!p.role().allows(required)) {
      throw new ApiException(
          403,
          "token '"
              + p.name()
              + "' has role "
              + p.role().yamlName()
              + "; this needs "
              + required.yamlName(),
          Optional.empty());
    }
    return p;
  }

  private Principal identify(Context ctx) {
    if (open()) {
      if (isLoopback(ctx.ip())) {
        return new Principal(LOCAL_ACTOR, Role.ADMIN);
      }
      throw new ApiException(401, "no tokens configured: only local requests", Optional.empty());
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiException(
          401, "missing token: send Authorization: Bearer <token>", Optional.empty());
    }
    String secret = header.substring(7).trim();
    return settings
        .authenticate(secret)
        .map(t -> new Principal(t.name(), t.role()))
        .orElseThrow(() -> new ApiException(401, "invalid token", Optional.empty()));
  }

  static boolean isLoopback(String ip) {
    try {
      return InetAddress.getByName(ip).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
