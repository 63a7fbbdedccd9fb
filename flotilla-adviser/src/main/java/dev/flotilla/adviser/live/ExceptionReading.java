package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.Adviser;
import dev.flotilla.adviser.chain.ChainParser;
import dev.flotilla.adviser.chain.ExceptionChain;
import dev.flotilla.adviser.chain.ExceptionLink;
import dev.flotilla.adviser.fleet.FailureSignature;
import dev.flotilla.model.ExceptionRecord;
import dev.flotilla.model.JobObservation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The newest exception-history entries of a job read by the text {@link Adviser}: the newest entry
 * plus the entries within {@link #CONCURRENT} of it (concurrent failures of other tasks, which the
 * collector has already merged into the list).
 */
public record ExceptionReading(Advice advice, List<ExceptionRecord> entries, String signature) {
  static final Duration CONCURRENT = Duration.ofSeconds(2);
  static final int MAX_ENTRIES = 3;

  public ExceptionReading {
    Objects.requireNonNull(advice, "advice");
    entries = List.copyOf(entries);
    Objects.requireNonNull(signature, "signature");
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("an exception reading needs at least one entry");
    }
  }

  /** The newest entry (the one the signature is made from). */
  public ExceptionRecord newest() {
    return entries.get(0);
  }

  /** The entries to read: newest first, those within {@link #CONCURRENT} of the newest. */
  static List<ExceptionRecord> current(JobObservation job) {
    List<ExceptionRecord> all = job.exceptions();
    if (all.isEmpty()) {
      return List.of();
    }
    ExceptionRecord newest = all.get(0);
    List<ExceptionRecord> out = new ArrayList<>(List.of(newest));
    for (ExceptionRecord e : all.subList(1, all.size())) {
      if (out.size() >= MAX_ENTRIES) {
        break;
      }
      if (newest.timestamp().isPresent()
          && e.timestamp().isPresent()
          && Duration.between(e.timestamp().get(), newest.timestamp().get()).compareTo(CONCURRENT)
              <= 0) {
        out.add(e);
      }
    }
    return out;
  }

  /** A cache key: the newest entry's time and first line. */
  static String key(JobObservation job) {
    if (job.exceptions().isEmpty()) {
      return "";
    }
    ExceptionRecord e = job.exceptions().get(0);
    return e.timestamp().map(Instant::toString).orElse("?") + "|" + e.firstLine();
  }

  /** Reads the current entries with the text adviser (phase RUNTIME, the cluster's version). */
  static Optional<ExceptionReading> read(
      Adviser adviser, JobObservation job, Optional<String> flinkVersion) {
    List<ExceptionRecord> entries = current(job);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    String text = String.join("\n", entries.stream().map(ExceptionRecord::stacktrace).toList());
    if (text.isBlank()) {
      text = entries.get(0).exceptionName();
    }
    Advice advice =
        adviser.adviseText(text, Optional.empty(), flinkVersion, Optional.of("runtime"));
    String signature = FailureSignature.of(advice.label(), telling(entries.get(0)));
    return Optional.of(new ExceptionReading(advice, entries, signature));
  }

  /**
   * The newest entry's most telling link ("class: message", skipping wrappers such as "Recovery is
   * suppressed by ..."), so jobs failing for the same cause share a signature whatever their
   * restart strategy; the first line when the text does not parse.
   */
  static String telling(ExceptionRecord e) {
    List<ExceptionChain> chains = new ChainParser().parse(e.stacktrace());
    if (chains.isEmpty()) {
      return e.firstLine();
    }
    ExceptionLink l = chains.get(0).mostTelling();
    return l.message().isBlank() ? l.className() : l.className() + ": " + l.message();
  }

  /** One evidence line quoting the newest entry. */
  public String quote() {
    ExceptionRecord e = newest();
    return "exception "
        + e.timestamp().map(t -> "at " + t + " ").orElse("")
        + e.taskName().map(t -> "in " + t + " ").orElse("")
        + "\""
        + e.firstLine()
        + "\"";
  }
}
