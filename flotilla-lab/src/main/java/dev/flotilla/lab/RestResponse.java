package dev.flotilla.lab;

/** The raw answer to one REST request: the HTTP status and the body text. */
public record RestResponse(String url, int status, String body) {}
