package dev.flotilla.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.store.WorkflowState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * The dashboard in real headless Chromium (the system's chromium and chromedriver; no download),
 * against a real server and SQLite store seeded through the store's ports. Screenshots go to {@code
 * target/screenshots/}.
 */
class DashboardBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  static TestServer t;
  static WebDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
        .as(
            "headless Chromium is required at %s and %s: run scripts/setup-test-env.sh as root"
                + " (apt-get install chromium chromium-driver)",
            CHROMIUM, DRIVER)
        .isTrue();
    Files.createDirectories(SHOTS);
    t = new TestServer(dir, true);
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chrome"));
    browser = new ChromeDriver(options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (t != null) {
      t.close();
    }
  }

  private static void signIn(String token) {
    WebElement field = browser.findElement(By.id("token"));
    field.clear();
    field.sendKeys(token);
    browser.findElement(By.id("token-save")).click();
  }

  private static void shot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }

  private static String text(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
  }

  @Test
  void dashboard_overviewJobEvidenceChartAndApprovalsByRole() throws Exception {
    browser.get(t.base() + "/ui/");
    assertThat(text(By.cssSelector("main h2"))).isEqualTo("Sign in");
    signIn(TestServer.VIEWER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Fleet overview"));
    assertThat(text(By.tagName("main"))).contains("SLA by tier", "inc-west-b-unreachable");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "alice-viewer"));
    shot("01-overview");

    browser.findElement(By.cssSelector("[data-nav=jobs]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("job-table")));
    shot("02-jobs");
    browser.findElement(By.linkText(FleetFixture.OOM_JOB)).click();
    assertThat(text(By.id("diagnosis"))).contains("OOM_HEAP", FleetFixture.OOM_EVIDENCE);
    WebElement chart =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sli-chart canvas")));
    assertThat(chart.getSize().getWidth()).isGreaterThan(300);
    assertThat(browser.findElements(By.cssSelector("#health-chart canvas"))).hasSize(1);
    shot("03-job-with-diagnosis");
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById('health-chart').scrollIntoView()");
    shot("03b-job-health-and-workflows");

    browser.findElement(By.cssSelector("[data-nav=workflows]")).click();
    By approve = By.cssSelector("button.approve[data-id='" + FleetFixture.PENDING_WORKFLOW + "']");
    wait.until(ExpectedConditions.elementToBeClickable(approve)).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "403"));
    assertThat(text(By.id("flash"))).contains("refused (403)", "needs operator");
    assertThat(state()).isEqualTo(WorkflowState.AWAITING_APPROVAL);
    shot("04-viewer-approval-refused");

    signIn(TestServer.OPERATOR);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "bob-operator"));
    wait.until(ExpectedConditions.elementToBeClickable(approve)).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "approved"));
    assertThat(text(By.id("flash"))).contains("approved by bob-operator", "PENDING");
    assertThat(state()).isEqualTo(WorkflowState.PENDING);
    shot("05-operator-approved");

    browser.findElement(By.cssSelector("[data-nav=sla]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("csv")));
    assertThat(text(By.tagName("main"))).contains("P0", "P3");
    shot("06-sla");
    browser.findElement(By.cssSelector("[data-nav=incidents]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "inc-west-b"));
    shot("07-incidents");
  }

  private static WorkflowState state() {
    return t.store.workflows().get(FleetFixture.PENDING_WORKFLOW).orElseThrow().state();
  }
}
