package dev.flotilla.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: starts the given clusters once per test class (in parallel) under {@code
 * target/lab/<TestClass>}, stops them after the class and checks that none of its processes
 * survived. Every PID also goes to the suite-wide {@code target/lab-pids.txt}.
 *
 * <pre>
 * &#64;RegisterExtension
 * static FlinkLabExtension lab = FlinkLabExtension.withClusters(ClusterSpec.of("a", "2.3.0"));
 * </pre>
 */
public final class FlinkLabExtension implements BeforeAllCallback, AfterAllCallback {
  public static final Path SUITE_REGISTRY = Path.of("target", "lab-pids.txt");

  private final List<ClusterSpec> specs;
  private final Map<String, LabCluster> started = new LinkedHashMap<>();
  private FlinkLab lab;

  private FlinkLabExtension(List<ClusterSpec> specs) {
    this.specs = List.copyOf(specs);
  }

  public static FlinkLabExtension withClusters(ClusterSpec... specs) {
    return new FlinkLabExtension(List.of(specs));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Path root = Path.of("target", "lab", context.getRequiredTestClass().getSimpleName());
    lab =
        FlinkLab.open(
            root, line -> System.out.println("[lab] " + line), Optional.of(SUITE_REGISTRY));
    // resolve classpaths one after another (mvn), then start the clusters side by side.
    specs.forEach(
        s ->
            FlinkClasspath.resolve(
                s.flinkVersion(),
                FlinkClasspath.defaultCacheDir(),
                line -> System.out.println("[lab] " + line)));
    List<CompletableFuture<LabCluster>> starts = new ArrayList<>();
    for (ClusterSpec spec : specs) {
      starts.add(CompletableFuture.supplyAsync(() -> lab.start(spec)));
    }
    try {
      for (CompletableFuture<LabCluster> start : starts) {
        LabCluster cluster = start.join();
        started.put(cluster.name(), cluster);
      }
    } catch (RuntimeException e) {
      lab.close();
      throw e;
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (lab == null) {
      return;
    }
    List<Long> pids = lab.pids().recorded();
    lab.close();
    List<Long> alive = pids.stream().filter(OsProcess::isAlive).toList();
    if (!alive.isEmpty()) {
      throw new IllegalStateException("lab processes still alive after close: " + alive);
    }
  }

  public LabCluster cluster(String name) {
    LabCluster cluster = started.get(name);
    if (cluster == null) {
      throw new IllegalArgumentException("no lab cluster '" + name + "'; have " + started.keySet());
    }
    return cluster;
  }

  public LabJobs jobs() {
    return lab.jobs();
  }

  public FlinkLab lab() {
    return lab;
  }
}
