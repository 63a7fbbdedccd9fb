package dev.flotilla.faultjob;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * A small streaming job with switchable faults. Pipeline: datagen source, keyBy(v % keys), keyed
 * counter (ValueState + gauge maxKeyCount), a checkpointed pass-through "sleeper", discarding sink.
 * Compiled against Flink 1.20 in provided scope; the same jar runs on 1.20 and 2.x.
 */
public final class FaultJob {
  private FaultJob() {}

  public static void main(String[] args) throws Exception {
    FaultOptions options = FaultOptions.parse(args);
    long jobStartMs = System.currentTimeMillis();
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(
            Configuration.fromMap(flinkConfig(options)));

    double maxRate = options.is("rate-spike") ? options.rate * options.spikeFactor : options.rate;
    DataGeneratorSource<Long> source =
        new DataGeneratorSource<>(
            new ValueGenerator(options, jobStartMs),
            Long.MAX_VALUE,
            RateLimiterStrategy.perSecond(maxRate),
            Types.LONG);
    int keys = options.keys;
    env.fromSource(source, WatermarkStrategy.noWatermarks(), "datagen")
        .uid("source")
        .keyBy(v -> v % keys)
        .process(new CountingFunction(options, jobStartMs))
        .uid("counter")
        .name("counter")
        .map(new SleeperFunction(options, jobStartMs))
        .uid("sleeper")
        .name("sleeper")
        .sinkTo(new DiscardingSink<>())
        .uid("sink")
        .name("sink");
    env.execute(options.name);
  }

  static Map<String, String> flinkConfig(FaultOptions options) {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("execution.checkpointing.interval", "2s");
    conf.put("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
    conf.put("restart-strategy.type", "fixed-delay");
    conf.put("restart-strategy.fixed-delay.attempts", "4");
    conf.put("restart-strategy.fixed-delay.delay", "1s");
    if (options.is("checkpoint-timeout")) {
      conf.put("execution.checkpointing.timeout", "2s");
    }
    conf.put("pipeline.name", options.name);
    conf.putAll(options.conf);
    return conf;
  }
}
