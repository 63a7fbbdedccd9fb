package dev.flotilla.notify;

import java.net.URI;

/**
 * Makes a webhook URL safe to log. Webhook URLs carry tokens in the query string and often in the
 * path (Slack: {@code /services/T…/B…/secret}), so only scheme, host, port and the first path
 * segment are kept: {@code https://hooks.slack.com/services/***}.
 */
public final class UrlMask {
  private UrlMask() {}

  public static String mask(URI uri) {
    StringBuilder out = new StringBuilder();
    out.append(uri.getScheme() == null ? "?" : uri.getScheme()).append("://");
    out.append(uri.getHost() == null ? "?" : uri.getHost());
    if (uri.getPort() >= 0) {
      out.append(':').append(uri.getPort());
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String[] segments = path.split("/");
    if (segments.length > 1) {
      out.append('/').append(segments[1]);
    }
    if (segments.length > 2) {
      out.append("/***");
    }
    if (uri.getRawQuery() != null) {
      out.append("?***");
    }
    return out.toString();
  }
}
