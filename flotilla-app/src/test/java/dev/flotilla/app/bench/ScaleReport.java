package dev.flotilla.app.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** The summary {@link ScaleBenchmark} prints: percentiles, averages and growth checks. */
final class ScaleReport {
  private ScaleReport() {}

  static String summary(BenchArgs a, List<CycleSample> s) {
    long jobs = s.get(s.size() - 1).jobs();
    double cpuPerCycle = avg(s, CycleSample::cpuMs) / 1000.0;
    double simCpuPerCycle = avg(s, CycleSample::simCpuMs) / 1000.0;
    // store growth after the first cycle (which inserts every row) per simulated minute
    long grow = s.get(s.size() - 1).dbBytes() - s.get(0).dbBytes();
    double bytesPerJobDay = (double) grow / jobs / ((s.size() - 1) / 1440.0);
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%n== %d clusters x %d jobs = %d jobs observed, %d cycles every %d s (1 simulated"
                + " min each), detail-every %d ==%n",
            a.clusters(),
            a.jobs(),
            jobs,
            s.size(),
            a.intervalSeconds(),
            a.detailEvery()));
    b.append(
        String.format(
            Locale.ROOT,
            "cycle wall ms: p50 %d, p99 %d, max %d (first %d)%n",
            pct(s, CycleSample::wallMs, 50),
            pct(s, CycleSample::wallMs, 99),
            pct(s, CycleSample::wallMs, 100),
            s.get(0).wallMs()));
    b.append(
        String.format(
            Locale.ROOT,
            "Flotilla CPU per cycle: avg %.2f s, p50 %.2f s -> %.3f cores at a 60 s cycle,"
                + " %.3f at %d s%n",
            cpuPerCycle,
            pct(s, CycleSample::cpuMs, 50) / 1000.0,
            cpuPerCycle / 60,
            cpuPerCycle / a.intervalSeconds(),
            a.intervalSeconds()));
    b.append(
        String.format(
            Locale.ROOT,
            "simulator CPU per cycle: avg %.2f s -> %.3f cores at a 60 s cycle%n",
            simCpuPerCycle,
            simCpuPerCycle / 60));
    b.append(
        String.format(
            Locale.ROOT,
            "heap after GC MB: first %d, max %d, last %d%n",
            s.get(0).heapAfterGcMb(),
            pct(s, CycleSample::heapAfterGcMb, 100),
            s.get(s.size() - 1).heapAfterGcMb()));
    b.append(
        String.format(
            Locale.ROOT,
            "store writes per cycle: avg %.0f; SQLite (checkpointed) %d -> %d bytes: %.0f bytes per"
                + " job-day%n",
            avg(s, CycleSample::storeWrites),
            s.get(0).dbBytes(),
            s.get(s.size() - 1).dbBytes(),
            bytesPerJobDay));
    b.append(
        String.format(
            Locale.ROOT,
            "unreachable cluster-cycles %d; open intervals first %d last %d; threads first %d"
                + " last %d%n",
            s.stream().mapToLong(CycleSample::unreachableClusters).sum(),
            s.get(0).openIntervals(),
            s.get(s.size() - 1).openIntervals(),
            s.get(0).threads(),
            s.get(s.size() - 1).threads()));
    int h = s.size() / 2;
    b.append(
        String.format(
            Locale.ROOT,
            "growth, first half vs second half: heap %.0f -> %.0f MB, wall %.0f -> %.0f ms%n",
            avg(s.subList(0, h), CycleSample::heapAfterGcMb),
            avg(s.subList(h, s.size()), CycleSample::heapAfterGcMb),
            avg(s.subList(0, h), CycleSample::wallMs),
            avg(s.subList(h, s.size()), CycleSample::wallMs)));
    return b.toString();
  }

  static double avg(List<CycleSample> s, ToLongFunction<CycleSample> f) {
    return s.stream().mapToLong(f).average().orElse(0);
  }

  static long pct(List<CycleSample> s, ToLongFunction<CycleSample> f, int p) {
    long[] v = s.stream().mapToLong(f).sorted().toArray();
    int i = (int) Math.ceil(p / 100.0 * v.length) - 1;
    return v[Math.max(0, Math.min(v.length - 1, i))];
  }
}
