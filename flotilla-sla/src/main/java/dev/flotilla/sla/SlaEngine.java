package dev.flotilla.sla;

import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SLA engine: each cycle classifies what was observed, keeps the worst state per job and
 * minute, and finalizes every whole minute before the current one into exception intervals. A
 * minute with no usable observation is UNKNOWN, never healthy. State survives a crash through
 * {@link SlaStatePort}: on construction the open intervals and the watermark are read back, and the
 * minutes Flotilla missed become UNKNOWN on the first cycle. The current (unfinished) minute is not
 * persisted: a crash turns it into UNKNOWN too.
 */
public final class SlaEngine {
  private static final Duration HISTORY_GAP = Duration.ofMinutes(3);

  private final Clock clock;
  private final SlaStatePort port;
  private final SliClassifier classifier;
  private final Map<String, JobHistory> histories = new HashMap<>();
  private final Map<String, NavigableMap<Instant, SliMinute>> pending = new HashMap<>();
  private final Map<String, JobContext> seen = new HashMap<>();
  private final Map<String, SliMinute> lastFinal = new HashMap<>();
  private IntervalTracker tracker;
  private Optional<Instant> watermark;

  /** Builds the engine and restores its state from {@code port}. */
  public SlaEngine(Clock clock, SlaStatePort port, SliClassifier classifier) {
    this.clock = Objects.requireNonNull(clock);
    this.port = Objects.requireNonNull(port);
    this.classifier = Objects.requireNonNull(classifier);
    this.tracker = new IntervalTracker(port.openIntervals());
    this.watermark = port.watermark();
  }

  public SlaEngine(Clock clock, SlaStatePort port) {
    this(clock, port, SliClassifier.defaults());
  }

  /**
   * One cycle: records the snapshots, then finalizes every minute from the watermark up to the
   * current minute (exclusive), saves the changes through the port and returns them.
   *
   * @param contexts the jobs Flotilla knows; jobs seen on a cluster without a context are treated
   *     as observed jobs ({@code cluster/name}) with default thresholds
   */
  public SlaChanges cycle(List<ClusterSnapshot> snapshots, Collection<JobContext> contexts) {
    Instant now = clock.instant();
    Instant nowMinute = SliMinute.align(now);
    int expected = Math.max(16, contexts.size() * 2);
    Map<String, JobContext> universe = new LinkedHashMap<>(expected);
    Map<String, JobContext> byClusterName = new HashMap<>(expected);
    for (JobContext c : contexts) {
      universe.put(c.jobKey(), c);
      byClusterName.put(c.cluster() + "\u0000" + c.flinkJobName(), c);
    }
    Set<String> matched = new HashSet<>(expected);
    Map<String, ClusterObservation> clusters = new HashMap<>();
    for (ClusterSnapshot snap : snapshots) {
      ClusterObservation co = snap.cluster();
      clusters.put(co.cluster(), co);
      for (JobObservation o : currentPerName(snap.jobs()).values()) {
        JobContext ctx = byClusterName.get(co.cluster() + "\u0000" + o.name());
        if (ctx == null) {
          ctx =
              seen.getOrDefault(
                  JobContext.observedKey(co.cluster(), o.name()),
                  JobContext.observed(co.cluster(), o.name(), Optional.empty(), Optional.empty()));
          universe.put(ctx.jobKey(), ctx);
        }
        matched.add(ctx.jobKey());
        record(ctx, Optional.of(co), Optional.of(o), o.observedAt());
      }
    }
    for (JobContext ctx : contexts) {
      if (!matched.contains(ctx.jobKey())) {
        Optional<ClusterObservation> co = Optional.ofNullable(clusters.get(ctx.cluster()));
        if (co.isPresent() || ctx.intentionallyStopped()) {
          record(ctx, co, Optional.empty(), co.map(ClusterObservation::observedAt).orElse(now));
        }
      }
    }
    for (String key : pending.keySet()) {
      if (!universe.containsKey(key) && seen.containsKey(key)) {
        universe.put(key, seen.get(key));
      }
    }
    return finalizeUpTo(nowMinute, universe);
  }

  private void record(
      JobContext ctx, Optional<ClusterObservation> co, Optional<JobObservation> o, Instant at) {
    Instant minute = SliMinute.align(at);
    if (watermark.isPresent() && minute.isBefore(watermark.get())) {
      return; // that minute is final already
    }
    JobHistory h = histories.computeIfAbsent(ctx.jobKey(), k -> JobHistory.empty());
    if (h.lastAt().isPresent()
        && Duration.between(h.lastAt().get(), at).compareTo(HISTORY_GAP) > 0) {
      h.interrupt();
    }
    SliMinute m = classifier.classify(ctx, co, o, h, at);
    o.ifPresent(obs -> h.add(obs, SliClassifier.isScheduling(obs)));
    seen.put(ctx.jobKey(), ctx);
    pending
        .computeIfAbsent(ctx.jobKey(), k -> new TreeMap<>())
        .merge(m.minute(), m, SliMinute::worst);
  }

  private SlaChanges finalizeUpTo(Instant nowMinute, Map<String, JobContext> universe) {
    if (watermark.isEmpty()) {
      SlaChanges first = new SlaChanges(List.of(), List.of(), nowMinute);
      port.save(first);
      watermark = Optional.of(nowMinute);
      return first;
    }
    Instant from = watermark.get();
    if (!nowMinute.isAfter(from)) {
      return new SlaChanges(List.of(), List.of(), from);
    }
    IntervalTracker work = tracker.copy();
    Map<String, SliMinute> finals = new HashMap<>(Math.max(16, universe.size() * 2));
    for (JobContext ctx : universe.values()) {
      Instant cursor = from;
      NavigableMap<Instant, SliMinute> mins = pending.get(ctx.jobKey());
      if (mins != null) {
        for (SliMinute m : mins.subMap(from, true, nowMinute, false).values()) {
          if (cursor.isBefore(m.minute())) {
            work.apply(notObserved(ctx.jobKey(), cursor), ctx);
          }
          work.apply(m, ctx);
          finals.put(ctx.jobKey(), m);
          cursor = m.minute().plus(Duration.ofMinutes(1));
        }
      }
      if (cursor.isBefore(nowMinute)) {
        SliMinute gap = notObserved(ctx.jobKey(), cursor);
        work.apply(gap, ctx);
        finals.put(ctx.jobKey(), gap);
      }
    }
    for (String key : tracker.openJobKeys()) {
      if (!universe.containsKey(key)) {
        work.forget(key, from);
      }
    }
    SlaChanges changes = new SlaChanges(work.opened(), work.closed(), nowMinute);
    port.save(changes);
    tracker = work;
    watermark = Optional.of(nowMinute);
    lastFinal.putAll(finals);
    pending.values().forEach(m -> m.headMap(nowMinute, false).clear());
    pending.values().removeIf(Map::isEmpty);
    histories.keySet().retainAll(universe.keySet());
    seen.keySet().retainAll(universe.keySet());
    lastFinal.keySet().retainAll(universe.keySet());
    return changes;
  }

  private static SliMinute notObserved(String jobKey, Instant minute) {
    return new SliMinute(
        jobKey,
        minute,
        SliState.UNKNOWN,
        Set.of("NO_OBSERVATION"),
        List.of("no usable observation in this minute"),
        Side.UNKNOWN);
  }

  /**
   * Of several jobs with one name on a cluster (a resubmitted job keeps its name, old runs stay
   * listed), the current one: a non-terminal run if any, else the latest started.
   */
  public static Map<String, JobObservation> currentPerName(List<JobObservation> jobs) {
    Map<String, JobObservation> byName = new LinkedHashMap<>();
    for (JobObservation o : jobs) {
      byName.merge(o.name(), o, SlaEngine::moreCurrent);
    }
    return byName;
  }

  private static JobObservation moreCurrent(JobObservation a, JobObservation b) {
    boolean aLive = !a.state().isTerminal() && a.state() != JobState.UNKNOWN;
    boolean bLive = !b.state().isTerminal() && b.state() != JobState.UNKNOWN;
    if (aLive != bLive) {
      return aLive ? a : b;
    }
    Instant as = a.startTime().orElse(Instant.MIN);
    Instant bs = b.startTime().orElse(Instant.MIN);
    return bs.isAfter(as) ? b : a;
  }

  public Optional<Instant> watermark() {
    return watermark;
  }

  /** Open intervals by job key. */
  public Map<String, SliInterval> openIntervals() {
    return tracker.open();
  }

  /** The last finalized minute of a job, if the engine evaluated one since it started. */
  public Optional<SliMinute> lastMinute(String jobKey) {
    return Optional.ofNullable(lastFinal.get(jobKey));
  }
}
