package dev.flotilla.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.flotilla.store.jdbc.Jdbc;
import dev.flotilla.store.jdbc.JdbcActionMemoryStore;
import dev.flotilla.store.jdbc.JdbcApprovalStore;
import dev.flotilla.store.jdbc.JdbcAuditLog;
import dev.flotilla.store.jdbc.JdbcClusterStateStore;
import dev.flotilla.store.jdbc.JdbcDiagnosisStore;
import dev.flotilla.store.jdbc.JdbcHealthStore;
import dev.flotilla.store.jdbc.JdbcJobStore;
import dev.flotilla.store.jdbc.JdbcNotificationStateStore;
import dev.flotilla.store.jdbc.JdbcSliStore;
import dev.flotilla.store.jdbc.JdbcWorkflowStore;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The durable store: opens a pooled JDBC database (SQLite by default, or PostgreSQL), brings its
 * schema up to date with Flyway, and hands out one port per stage. Thread-safe; close it once.
 *
 * <p>SQLite runs with WAL journal, a busy timeout, foreign keys on, {@code BEGIN IMMEDIATE}
 * transactions and a single pooled connection, so concurrent callers queue rather than collide.
 */
public final class Store implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final Vendor vendor;
  private final int migrationsApplied;
  private final ClusterStateStore clusters;
  private final JobStore jobs;
  private final SliStore sli;
  private final DiagnosisStore diagnoses;
  private final WorkflowStore workflows;
  private final AuditLog audit;
  private final HealthStore health;
  private final ApprovalStore approvals;
  private final ActionMemoryStore actionMemory;
  private final NotificationStateStore notifications;

  private Store(HikariDataSource dataSource, Vendor vendor, int migrationsApplied) {
    this.dataSource = dataSource;
    this.vendor = vendor;
    this.migrationsApplied = migrationsApplied;
    Jdbc jdbc = new Jdbc(dataSource);
    this.clusters = new JdbcClusterStateStore(jdbc);
    this.jobs = new JdbcJobStore(jdbc);
    this.sli = new JdbcSliStore(jdbc);
    this.diagnoses = new JdbcDiagnosisStore(jdbc);
    this.workflows = new JdbcWorkflowStore(jdbc);
    this.audit = new JdbcAuditLog(jdbc);
    this.health = new JdbcHealthStore(jdbc);
    this.approvals = new JdbcApprovalStore(jdbc);
    this.actionMemory = new JdbcActionMemoryStore(jdbc);
    this.notifications = new JdbcNotificationStateStore(jdbc);
  }

  /**
   * Opens the database at {@code jdbcUrl} and applies pending migrations.
   *
   * @param poolSize connections to keep; SQLite always uses one
   * @throws StoreException naming the URL (password masked) if it cannot be opened or migrated
   */
  public static Store open(
      String jdbcUrl, Optional<String> user, Optional<String> password, int poolSize) {
    if (poolSize < 1) {
      throw new IllegalArgumentException("store pool size must be >= 1 but was " + poolSize);
    }
    Vendor vendor = Vendor.of(jdbcUrl);
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(config(jdbcUrl, user, password, poolSize, vendor));
    } catch (RuntimeException e) {
      throw new StoreException("cannot open store " + masked(jdbcUrl) + ": " + rootMessage(e), e);
    }
    try {
      int applied =
          Flyway.configure()
              .dataSource(ds)
              .locations(vendor.migrations())
              .load()
              .migrate()
              .migrationsExecuted;
      return new Store(ds, vendor, applied);
    } catch (RuntimeException e) {
      ds.close();
      throw new StoreException(
          "cannot migrate store " + masked(jdbcUrl) + ": " + rootMessage(e), e);
    }
  }

  private static HikariConfig config(
      String url, Optional<String> user, Optional<String> password, int poolSize, Vendor vendor) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("flotilla-store");
    config.setJdbcUrl(url);
    user.ifPresent(config::setUsername);
    password.ifPresent(config::setPassword);
    if (vendor == Vendor.SQLITE) {
      config.setMaximumPoolSize(1);
      config.setMaxLifetime(0);
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("busy_timeout", "10000");
      config.addDataSourceProperty("foreign_keys", "true");
      config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      config.addDataSourceProperty("synchronous", "NORMAL");
    } else {
      config.setMaximumPoolSize(poolSize);
    }
    config.setConnectionTimeout(60_000);
    return config;
  }

  /** {@code url} with any {@code password=...} parameter replaced by {@code ***}. */
  static String masked(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + t + ")";
  }

  public Vendor vendor() {
    return vendor;
  }

  /** How many migrations this open applied (0 when the schema was already current). */
  public int migrationsApplied() {
    return migrationsApplied;
  }

  public ClusterStateStore clusters() {
    return clusters;
  }

  public JobStore jobs() {
    return jobs;
  }

  public SliStore sli() {
    return sli;
  }

  public DiagnosisStore diagnoses() {
    return diagnoses;
  }

  public WorkflowStore workflows() {
    return workflows;
  }

  public HealthStore health() {
    return health;
  }

  public AuditLog audit() {
    return audit;
  }

  /** Approve/reject decisions on workflows awaiting approval (used by the HTTP API). */
  public ApprovalStore approvals() {
    return approvals;
  }

  /** Actions that failed verification, per job, diagnosis and action (self-healing policy). */
  public ActionMemoryStore actionMemory() {
    return actionMemory;
  }

  /** What each notification channel has sent (de-duplication across restarts). */
  public NotificationStateStore notifications() {
    return notifications;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
