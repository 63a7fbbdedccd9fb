package dev.flotilla.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.ConfigResult;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.load.ConfigLoader;
import dev.flotilla.model.SettableClock;
import dev.flotilla.server.FlotillaServer;
import dev.flotilla.sim.ScenarioGenerator;
import dev.flotilla.sim.Segment;
import dev.flotilla.sim.SimCluster;
import dev.flotilla.sim.SimJob;
import dev.flotilla.sim.SimScenario;
import dev.flotilla.sim.http.SimServer;
import dev.flotilla.store.DiagnosisRow;
import dev.flotilla.store.WorkflowRow;
import dev.flotilla.store.WorkflowState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in real headless Chromium against a real running Flotilla — its loop (HTTP
 * collector, SLA engine, live adviser, self-healing policy) and its server on one SQLite store —
 * fed by the simulator over HTTP. Nothing is written into the store by the test: the job with a
 * heap OOM is diagnosed by the adviser from the simulated exception, and its MEMORY_FIX waits for
 * approval because its tier needs one. The viewer is refused the approval, the operator gets it.
 * Screenshots go to {@code target/screenshots/loop-*.png}.
 */
class DashboardOnSimulatedFleetTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");
  static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
  static final String VIEWER = "sim-viewer-secret";
  static final String OPERATOR = "sim-operator-secret";

  @TempDir Path dir;

  @Test
  void realLoopOnSimulatedFleet_overviewJobDiagnosisChartAndApprovalByRole() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
        .as("headless Chromium is required: run scripts/setup-test-env.sh as root")
        .isTrue();
    Files.createDirectories(SHOTS);
    SimScenario generated =
        ScenarioGenerator.generate(
            new ScenarioGenerator.Spec(
                11L, 2, 10, START, Duration.ofMinutes(60), 0.0, 0.6, 0.1, 0, 0));
    // a cluster without jobs: the memory fix's target, where no job shares the OOM job's name
    List<SimCluster> clusters = new ArrayList<>(generated.clusters());
    clusters.add(new SimCluster("spare", "2.3.0", 2, List.of()));
    SimScenario sc =
        new SimScenario(
            generated.seed(),
            generated.start(),
            generated.duration(),
            generated.rules(),
            clusters,
            generated.outages());
    SimJob oomJob =
        sc.clusters().stream()
            .flatMap(c -> c.jobs().stream())
            .filter(j -> j.segments().stream().anyMatch(s -> s.cause().equals("heap-oom")))
            .min(Comparator.comparing(DashboardOnSimulatedFleetTest::oomStart))
            .orElseThrow(() -> new AssertionError("the scenario has no heap-OOM job"));
    int oomMinute = (int) Duration.between(START, oomStart(oomJob)).toMinutes();

    SettableClock clock = new SettableClock(START);
    try (SimServer sim = SimServer.start(sc, clock, 0, 2)) {
      FlotillaConfig config = config(sc, sim.port(), oomJob);
      FlotillaRuntime runtime = FlotillaRuntime.start(config, clock);
      FlotillaServer server = ServerWiring.start(runtime);
      WebDriver browser = null;
      try {
        for (int m = 0; m <= oomMinute + 3; m++) {
          clock.set(START.plus(Duration.ofMinutes(m)).plusSeconds(30));
          runtime.runCycle();
        }
        server.cycleCompleted();
        var store = runtime.store();
        DiagnosisRow oom =
            store
                .diagnoses()
                .latest(oomJob.name())
                .orElseThrow(
                    () -> new AssertionError("the loop stored no diagnosis for " + oomJob.name()));
        assertThat(oom.label()).isEqualTo("OOM_HEAP");
        WorkflowRow pending =
            store.workflows().list(Optional.of(oomJob.name()), Optional.empty()).stream()
                .filter(w -> w.state() == WorkflowState.AWAITING_APPROVAL)
                .findFirst()
                .orElseThrow(
                    () ->
                        new AssertionError(
                            "no workflow awaits approval; healing audit: "
                                + store
                                    .audit()
                                    .query(
                                        START,
                                        Instant.now().plusSeconds(3600),
                                        Optional.of(oomJob.name()),
                                        100)));
        assertThat(pending.type()).isEqualTo("MEMORY_FIX");
        Thread.sleep(1_500); // the overview is recomputed in the background

        browser = chromium();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        String base = "http://127.0.0.1:" + server.port();
        browser.get(base + "/ui/");
        signIn(browser, VIEWER);
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Fleet overview"));
        assertThat(text(wait, By.tagName("main"))).contains("SLA by tier", "c000");
        shot(browser, "loop-01-overview");

        browser.findElement(By.cssSelector("[data-nav=jobs]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("job-table")));
        browser.findElement(By.linkText(oomJob.name())).click();
        assertThat(text(wait, By.id("diagnosis")))
            .contains("OOM_HEAP", "java.lang.OutOfMemoryError: Java heap space");
        WebElement chart =
            wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sli-chart canvas")));
        assertThat(chart.getSize().getWidth()).isGreaterThan(300);
        shot(browser, "loop-02-job-diagnosis");

        browser.findElement(By.cssSelector("[data-nav=workflows]")).click();
        By approve = By.cssSelector("button.approve[data-id='" + pending.id() + "']");
        wait.until(ExpectedConditions.elementToBeClickable(approve)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "403"));
        assertThat(store.workflows().get(pending.id()).orElseThrow().state())
            .isEqualTo(WorkflowState.AWAITING_APPROVAL);
        shot(browser, "loop-03-viewer-refused");

        signIn(browser, OPERATOR);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "sim-ops"));
        wait.until(ExpectedConditions.elementToBeClickable(approve)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "approved"));
        assertThat(store.workflows().get(pending.id()).orElseThrow().state())
            .isNotEqualTo(WorkflowState.AWAITING_APPROVAL);
        assertThat(
                store
                    .audit()
                    .query(START, Instant.now().plusSeconds(3600), Optional.of(oomJob.name()), 100))
            .anyMatch(a -> a.action().equals("workflow.approve") && a.actor().equals("sim-ops"));
        shot(browser, "loop-04-operator-approved");
      } finally {
        if (browser != null) {
          browser.quit();
        }
        server.close();
        runtime.close();
      }
    }
  }

  private static Instant oomStart(SimJob j) {
    return j.segments().stream()
        .filter(s -> s.cause().equals("heap-oom"))
        .map(Segment::from)
        .min(Comparator.naturalOrder())
        .orElse(Instant.MAX);
  }

  private FlotillaConfig config(SimScenario sc, int port, SimJob oomJob) {
    StringBuilder y = new StringBuilder();
    y.append("store: { url: \"jdbc:sqlite:").append(dir.resolve("flotilla.db")).append("\" }\n");
    y.append("collector: { poll-interval: 60s, detail-every: 1, cycle-deadline: 30s }\n");
    y.append("server: { port: 0, bind: 127.0.0.1 }\n");
    y.append("clusters:\n");
    for (SimCluster c : sc.clusters()) {
      y.append("  - { name: ")
          .append(c.name())
          .append(", rest: \"http://127.0.0.1:")
          .append(port)
          .append('/')
          .append(c.name())
          .append("\" }\n");
    }
    y.append("policy: { auto-actions: [memory-fix], approval-tiers: [P1] }\n");
    y.append("jobs:\n");
    y.append("  - name: ").append(oomJob.name()).append('\n');
    y.append("    tier: P1\n    owner: team-sim\n");
    y.append("    artifact: sim-job.jar\n    entry-class: dev.example.SimJob\n");
    y.append("    placement: { preferred: ")
        .append(oomJob.cluster())
        .append(", fallback: [spare] }\n");
    ConfigResult r =
        ConfigLoader.parse(
            y.toString(),
            "sim-dashboard.yaml",
            Map.of(
                "FLOTILLA_TOKENS",
                "sim-viewer:viewer:" + VIEWER + ",sim-ops:operator:" + OPERATOR));
    return r.config().orElseThrow(() -> new AssertionError("bad config: " + r.errors()));
  }

  private WebDriver chromium() throws Exception {
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chrome"));
    return new ChromeDriver(options);
  }

  private static void signIn(WebDriver browser, String token) {
    WebElement field = browser.findElement(By.id("token"));
    field.clear();
    field.sendKeys(token);
    browser.findElement(By.id("token-save")).click();
  }

  private static String text(WebDriverWait wait, By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
  }

  private static void shot(WebDriver browser, String name) throws Exception {
    Files.write(
        SHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
