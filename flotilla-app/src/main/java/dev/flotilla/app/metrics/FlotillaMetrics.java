package dev.flotilla.app.metrics;

import dev.flotilla.model.Side;
import dev.flotilla.model.SliState;
import dev.flotilla.model.Tier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Flotilla's Prometheus series. Every name starts with {@code flotilla_}; the Grafana dashboard and
 * docs/metrics.md are built on these names, so renaming one is a breaking change.
 */
public final class FlotillaMetrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<String, AtomicLong> jobStates = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();

  /** One poll of one cluster finished (successfully or not). */
  public void recordPoll(String cluster, Duration latency, boolean ok) {
    Timer.builder("flotilla_poll_latency")
        .description("Time to poll one cluster's REST API in one cycle")
        .tag("cluster", cluster)
        .register(registry)
        .record(latency);
    if (!ok) {
      Counter.builder("flotilla_poll_errors")
          .description("Polls of a cluster that failed (unreachable, timeout, bad answer)")
          .tag("cluster", cluster)
          .register(registry)
          .increment();
    }
  }

  /** The current SLI state of a job, as a number: see {@link #stateCode(SliState)}. */
  public void setJobState(String jobKey, String cluster, Optional<Tier> tier, SliState state) {
    AtomicLong value =
        jobStates.computeIfAbsent(
            jobKey,
            k -> {
              AtomicLong v = new AtomicLong();
              Gauge.builder("flotilla_job_sli_state", v, AtomicLong::get)
                  .description(
                      "Current SLI state of a job: 0 normal, 1 abnormal, 2 scheduling,"
                          + " 3 not running, 4 unknown, 5 excluded")
                  .tag("job", jobKey)
                  .tag("cluster", cluster)
                  .tag("tier", tier.map(Tier::name).orElse("none"))
                  .register(registry);
              return v;
            });
    value.set(stateCode(state));
  }

  /** Minutes that counted against the SLA, by side, tier and cluster. */
  public void addBreachMinutes(Side side, Optional<Tier> tier, String cluster, long minutes) {
    if (minutes <= 0) {
      return;
    }
    Counter.builder("flotilla_sla_breach_minutes")
        .description("Job-minutes that counted against the SLA")
        .tag("side", side.name())
        .tag("tier", tier.map(Tier::name).orElse("none"))
        .tag("cluster", cluster)
        .register(registry)
        .increment(minutes);
  }

  /** Number of open exception intervals by SLI state. */
  public void setOpenIntervals(SliState state, long count) {
    gauge(
            "flotilla_sla_intervals_open",
            "Exception intervals currently open",
            "state",
            state.name())
        .set(count);
  }

  /** Remaining error budget of a tier over the reporting window, as a fraction (may be < 0). */
  public void setBudgetRemaining(Tier tier, double fraction) {
    gauge(
            "flotilla_sla_error_budget_remaining_ratio",
            "Remaining error budget of a tier (1 = untouched, 0 = spent, negative = overspent)",
            "tier",
            tier.name())
        .set(Double.doubleToRawLongBits(fraction));
  }

  /** Wall time of the last control-loop cycle. */
  public void recordCycle(Duration took, long storeWrites) {
    Timer.builder("flotilla_cycle_duration")
        .description("Wall time of one control-loop cycle")
        .register(registry)
        .record(took);
    Counter.builder("flotilla_store_writes")
        .description("Rows written to the store")
        .register(registry)
        .increment(storeWrites);
  }

  /** The Prometheus text exposition of every series. */
  public String scrape() {
    return registry.scrape();
  }

  public static int stateCode(SliState state) {
    return switch (state) {
      case RUNNING_NORMAL -> 0;
      case RUNNING_ABNORMAL -> 1;
      case SCHEDULING -> 2;
      case NOT_RUNNING -> 3;
      case UNKNOWN -> 4;
      case EXCLUDED -> 5;
    };
  }

  private AtomicLong gauge(String name, String description, String tagKey, String tagValue) {
    return gauges.computeIfAbsent(
        name + "|" + tagValue,
        k -> {
          AtomicLong v = new AtomicLong();
          boolean isRatio = name.endsWith("_ratio");
          Gauge.builder(name, v, a -> isRatio ? Double.longBitsToDouble(a.get()) : (double) a.get())
              .description(description)
              .tag(tagKey, tagValue)
              .register(registry);
          return v;
        });
  }
}
