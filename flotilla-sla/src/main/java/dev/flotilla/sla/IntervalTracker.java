package dev.flotilla.sla;

import dev.flotilla.model.Side;
import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a job's finalized minutes, in order, into exception intervals: maximal runs of the same
 * non-normal state (breaches, UNKNOWN and EXCLUDED alike). A RUNNING_NORMAL minute closes the open
 * interval. Reasons are the union over the run; evidence keeps the first few distinct lines; the
 * side is the first known side seen in the run.
 */
public final class IntervalTracker {
  public static final int MAX_EVIDENCE = 5;

  private final Map<String, SliInterval> open;
  private final Map<String, SliInterval> opened = new LinkedHashMap<>();
  private final List<SliInterval> closed = new ArrayList<>();

  public IntervalTracker(Collection<SliInterval> openIntervals) {
    open = new HashMap<>();
    for (SliInterval i : openIntervals) {
      if (!i.isOpen()) {
        throw new IllegalArgumentException("not an open interval: " + i.jobKey() + " " + i.start());
      }
      open.put(i.jobKey(), i);
    }
  }

  /** A copy with the same open intervals and no recorded changes. */
  public IntervalTracker copy() {
    return new IntervalTracker(open.values());
  }

  /** Applies the next minute of a job. Minutes of one job must come in increasing order. */
  public void apply(SliMinute m, JobContext ctx) {
    SliInterval current = open.get(m.jobKey());
    if (current != null && !m.minute().isAfter(current.start())) {
      return; // this minute is already part of the open interval
    }
    if (m.state() == SliState.RUNNING_NORMAL) {
      if (current != null) {
        close(current, m.minute());
      }
      return;
    }
    if (current != null && current.state() == m.state()) {
      SliInterval merged = merge(current, m);
      open.put(m.jobKey(), merged);
      if (opened.containsKey(m.jobKey())) {
        opened.put(m.jobKey(), merged);
      }
      return;
    }
    if (current != null) {
      close(current, m.minute());
    }
    SliInterval fresh =
        new SliInterval(
            m.jobKey(),
            ctx.cluster(),
            ctx.tier(),
            ctx.owner(),
            m.state(),
            m.minute(),
            Optional.empty(),
            m.reasons(),
            m.side(),
            cap(m.evidence()));
    open.put(m.jobKey(), fresh);
    opened.put(m.jobKey(), fresh);
  }

  /** Closes the open interval of a job that is no longer tracked at all. */
  public void forget(String jobKey, Instant at) {
    SliInterval current = open.get(jobKey);
    if (current != null) {
      close(current, at.isBefore(current.start()) ? current.start() : at);
    }
  }

  private void close(SliInterval current, Instant at) {
    open.remove(current.jobKey());
    opened.remove(current.jobKey());
    closed.add(current.closedAt(at));
  }

  private static SliInterval merge(SliInterval i, SliMinute m) {
    boolean newReasons = !i.reasons().containsAll(m.reasons());
    boolean newSide = i.side() == Side.UNKNOWN && m.side() != Side.UNKNOWN;
    boolean roomForEvidence = i.evidence().size() < MAX_EVIDENCE && !m.evidence().isEmpty();
    if (!newReasons && !newSide && !roomForEvidence) {
      return i;
    }
    Set<String> reasons = new LinkedHashSet<>(i.reasons());
    reasons.addAll(m.reasons());
    LinkedHashSet<String> ev = new LinkedHashSet<>(i.evidence());
    ev.addAll(m.evidence());
    return new SliInterval(
        i.jobKey(),
        i.cluster(),
        i.tier(),
        i.owner(),
        i.state(),
        i.start(),
        i.end(),
        reasons,
        newSide ? m.side() : i.side(),
        cap(new ArrayList<>(ev)));
  }

  private static List<String> cap(List<String> evidence) {
    return evidence.size() <= MAX_EVIDENCE ? evidence : evidence.subList(0, MAX_EVIDENCE);
  }

  public Map<String, SliInterval> open() {
    return Map.copyOf(open);
  }

  public Set<String> openJobKeys() {
    return Set.copyOf(open.keySet());
  }

  /** Intervals opened since this tracker was created and still open. */
  public List<SliInterval> opened() {
    return List.copyOf(opened.values());
  }

  /** Intervals closed since this tracker was created. */
  public List<SliInterval> closed() {
    return List.copyOf(closed);
  }
}
