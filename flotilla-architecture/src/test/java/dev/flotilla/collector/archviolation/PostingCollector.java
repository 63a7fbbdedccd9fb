package dev.flotilla.collector.archviolation;

import java.net.URI;
import java.net.http.HttpRequest;

/** Deliberately sends a mutating request from the collector package. Never used. */
public final class PostingCollector {
  public HttpRequest cancel(URI uri) {
    return HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build();
  }
}
