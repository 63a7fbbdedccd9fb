package dev.flotilla.config.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.ConfigError;
import dev.flotilla.config.ConfigError.Kind;
import org.junit.jupiter.api.Test;

/** One test per kind of user error: the right kind, line, column, key path and text. */
class ErrorKindsTest {

  private static void assertError(
      ConfigError e, Kind kind, int line, int column, String path, String message) {
    assertThat(e.kind()).as(e.format()).isEqualTo(kind);
    assertThat(e.line()).as(e.format()).isEqualTo(line);
    assertThat(e.column()).as(e.format()).isEqualTo(column);
    assertThat(e.path()).as(e.format()).isEqualTo(path);
    assertThat(e.message()).as(e.format()).isEqualTo(message);
  }

  @Test
  void parse_emptyFile_isEmptyError() {
    ConfigError e = Yaml.single("# only a comment\n");
    assertThat(e.kind()).isEqualTo(Kind.EMPTY);
    assertThat(e.format()).startsWith("flotilla.yaml:1:1: the file is empty");
  }

  @Test
  void parse_syntaxError_hasParserPosition() {
    ConfigError e = Yaml.single("clusters:\n  - name: a\n    rest: [http://x\n");
    assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.message()).startsWith("invalid YAML: ");
  }

  @Test
  void parse_rootIsAList_isWrongType() {
    assertError(
        Yaml.single("- a\n- b\n"), Kind.WRONG_TYPE, 1, 1, "", "expected a mapping but was a list");
  }

  @Test
  void parse_unknownTopLevelKey_suggestsSection() {
    assertError(
        Yaml.single(Yaml.CLUSTERS + "polcy: {}\n"),
        Kind.UNKNOWN_KEY,
        6,
        1,
        "polcy",
        "unknown key 'polcy'; did you mean 'policy'?");
  }

  @Test
  void parse_unknownKeyFarFromAll_listsAllowedKeys() {
    ConfigError e = Yaml.single(Yaml.CLUSTERS + "collector: { frobnicate: 3 }\n");
    assertError(
        e,
        Kind.UNKNOWN_KEY,
        6,
        14,
        "collector.frobnicate",
        "unknown key 'frobnicate'; allowed keys here: poll-interval, detail-every, cycle-deadline");
  }

  @Test
  void parse_unknownNestedKey_pathIncludesNesting() {
    ConfigError e =
        Yaml.single(
            Yaml.CLUSTERS
                + "jobs:\n  - name: j\n    artifact: j.jar\n"
                + "    placement: { preferred: east-a, fallbak: [east-b] }\n");
    assertError(
        e,
        Kind.UNKNOWN_KEY,
        9,
        37,
        "jobs[0].placement.fallbak",
        "unknown key 'fallbak'; did you mean 'fallback'?");
  }

  @Test
  void parse_missingClusters_isMissingError() {
    assertError(
        Yaml.single("policy: { dry-run: true }\n"),
        Kind.MISSING,
        1,
        1,
        "clusters",
        "missing required key; expected a list of Flink clusters (name, rest, …)");
  }

  @Test
  void parse_missingRequiredClusterKey_pointsAtTheEntry() {
    assertError(
        Yaml.single("clusters:\n  - name: a\n"),
        Kind.MISSING,
        2,
        5,
        "clusters[0].rest",
        "missing required key; expected an http(s) URL");
  }

  @Test
  void parse_requiredKeyWithoutValue_saysSo() {
    assertError(
        Yaml.single("clusters:\n  - name: a\n    rest:\n"),
        Kind.MISSING,
        3,
        10,
        "clusters[0].rest",
        "required key has no value; expected an http(s) URL");
  }

  @Test
  void parse_missingPlacement_reportsNestedKeyPath() {
    ConfigError e = Yaml.single(Yaml.CLUSTERS + "jobs:\n  - name: j\n    artifact: j.jar\n");
    assertError(
        e,
        Kind.MISSING,
        7,
        5,
        "jobs[0].placement.preferred",
        "missing required key; expected a name");
  }

  @Test
  void parse_urlWithoutScheme_isWrongType() {
    assertError(
        Yaml.single("clusters:\n  - name: a\n    rest: localhost:8081\n"),
        Kind.WRONG_TYPE,
        3,
        11,
        "clusters[0].rest",
        "expected an http(s) URL but was 'localhost:8081'");
  }

  @Test
  void parse_badDuration_isWrongType() {
    assertError(
        Yaml.single(Yaml.CLUSTERS + "policy:\n  cooldown: 10 minutes\n"),
        Kind.WRONG_TYPE,
        7,
        13,
        "policy.cooldown",
        "expected a duration like 10s, 5m, 1h, 500ms or 7d but was '10 minutes'");
  }

  @Test
  void parse_badBoolean_isWrongType() {
    assertError(
        Yaml.single(Yaml.CLUSTERS + "policy: { dry-run: yes }\n"),
        Kind.WRONG_TYPE,
        6,
        20,
        "policy.dry-run",
        "expected true or false but was 'yes'");
  }

  @Test
  void parse_listWhereScalarExpected_isWrongType() {
    assertError(
        Yaml.single(Yaml.CLUSTERS + "collector: { detail-every: [1, 2] }\n"),
        Kind.WRONG_TYPE,
        6,
        28,
        "collector.detail-every",
        "expected an integer but was a list");
  }

  @Test
  void parse_scalarWhereListExpected_isWrongType() {
    assertError(
        Yaml.single(Yaml.CLUSTERS + "policy: { auto-actions: restart }\n"),
        Kind.WRONG_TYPE,
        6,
        25,
        "policy.auto-actions",
        "expected a list of one of restart, rescale, migrate, config-change, upgrade, memory-fix"
            + " (e.g. [a, b]) but was 'restart'");
  }

  @Test
  void parse_sectionIsScalar_isWrongType() {
    assertError(
        Yaml.single(Yaml.CLUSTERS + "sla: strict\n"),
        Kind.WRONG_TYPE,
        6,
        6,
        "sla",
        "expected a mapping but was 'strict'");
  }

  @Test
  void parse_negativeParallelism_isBadValue() {
    ConfigError e =
        Yaml.single(
            Yaml.CLUSTERS
                + "jobs:\n  - name: j\n    artifact: j.jar\n    parallelism: -2\n"
                + "    placement: { preferred: east-a }\n");
    assertError(e, Kind.BAD_VALUE, 9, 18, "jobs[0].parallelism", "must be ≥ 1 but was -2");
  }

  @Test
  void parse_maxParallelismBelowParallelism_isBadValue() {
    ConfigError e =
        Yaml.single(
            Yaml.CLUSTERS
                + "jobs:\n  - name: j\n    artifact: j.jar\n    parallelism: 8\n"
                + "    max-parallelism: 4\n    placement: { preferred: east-a }\n");
    assertError(
        e,
        Kind.BAD_VALUE,
        10,
        22,
        "jobs[0].max-parallelism",
        "must be ≥ parallelism (8) but was 4");
  }

  @Test
  void parse_duplicateClusterName_namesFirstLine() {
    ConfigError e =
        Yaml.single(
            "clusters:\n  - { name: a, rest: 'http://x:1' }\n  - { name: a, rest: 'http://x:2' }\n");
    assertError(
        e,
        Kind.BAD_VALUE,
        3,
        13,
        "clusters[1].name",
        "duplicate cluster name 'a' (first defined on line 2)");
  }

  @Test
  void parse_duplicateJobName_isBadValue() {
    String job = "  - { name: j, artifact: j.jar, placement: { preferred: east-a } }\n";
    ConfigError e = Yaml.single(Yaml.CLUSTERS + "jobs:\n" + job + job);
    assertThat(e.kind()).isEqualTo(Kind.BAD_VALUE);
    assertThat(e.line()).isEqualTo(8);
    assertThat(e.path()).isEqualTo("jobs[1].name");
    assertThat(e.message()).isEqualTo("duplicate job name 'j' (first defined on line 7)");
  }

  @Test
  void parse_duplicateYamlKey_isBadValue() {
    ConfigError e = Yaml.single("clusters:\n  - name: a\n    rest: 'http://x:1'\n    name: b\n");
    assertError(
        e,
        Kind.BAD_VALUE,
        4,
        5,
        "clusters[0].name",
        "duplicate key 'name' (first given on line 2)");
  }

  @Test
  void parse_jobOnUndefinedCluster_suggestsClosest() {
    ConfigError e =
        Yaml.single(
            Yaml.CLUSTERS
                + "jobs:\n  - name: j\n    artifact: j.jar\n"
                + "    placement: { preferred: east-c }\n");
    assertError(
        e,
        Kind.BAD_VALUE,
        9,
        29,
        "jobs[0].placement.preferred",
        "undefined cluster 'east-c'; did you mean 'east-a'?");
  }

  @Test
  void parse_fallbackOnUndefinedCluster_pointsAtTheElement() {
    ConfigError e =
        Yaml.single(
            Yaml.CLUSTERS
                + "jobs:\n  - name: j\n    artifact: j.jar\n"
                + "    placement: { preferred: east-a, fallback: [east-b, west-zz] }\n");
    assertError(
        e,
        Kind.BAD_VALUE,
        9,
        56,
        "jobs[0].placement.fallback[1]",
        "undefined cluster 'west-zz'; defined: east-a, east-b");
  }

  @Test
  void parse_tierOutOfRange_isBadValue() {
    ConfigError e =
        Yaml.single(
            Yaml.CLUSTERS
                + "jobs:\n  - { name: j, tier: P5, artifact: j.jar, placement: { preferred: east-a } }\n");
    assertError(
        e, Kind.BAD_VALUE, 7, 22, "jobs[0].tier", "expected one of P0, P1, P2, P3 but was 'P5'");
  }

  @Test
  void parse_unknownAutoAction_pointsAtListElement() {
    ConfigError e = Yaml.single(Yaml.CLUSTERS + "policy:\n  auto-actions: [restart, reboot]\n");
    assertError(
        e,
        Kind.BAD_VALUE,
        7,
        27,
        "policy.auto-actions[1]",
        "expected one of restart, rescale, migrate, config-change, upgrade, memory-fix but was"
            + " 'reboot'");
  }

  @Test
  void parse_perClusterLimitAboveFleetLimit_isBadValue() {
    ConfigError e =
        Yaml.single(
            Yaml.CLUSTERS
                + "policy: { max-concurrent-actions: 2, max-concurrent-actions-per-cluster: 3 }\n");
    assertThat(e.kind()).isEqualTo(Kind.BAD_VALUE);
    assertThat(e.path()).isEqualTo("policy.max-concurrent-actions-per-cluster");
    assertThat(e.message()).isEqualTo("must not exceed max-concurrent-actions (2) but was 3");
  }

  @Test
  void parse_cycleDeadlineAbovePollInterval_isBadValue() {
    ConfigError e =
        Yaml.single(Yaml.CLUSTERS + "collector: { poll-interval: 10s, cycle-deadline: 1m }\n");
    assertThat(e.path()).isEqualTo("collector.cycle-deadline");
    assertThat(e.message()).isEqualTo("must not exceed poll-interval (10s)");
  }

  @Test
  void parse_sloTargetAbove100_isBadValue() {
    ConfigError e = Yaml.single(Yaml.CLUSTERS + "sla:\n  slo: { P0: 100.5 }\n");
    assertError(
        e, Kind.BAD_VALUE, 7, 14, "sla.slo.P0", "must be a percentage in (0, 100] but was 100.5");
  }

  @Test
  void parse_sloForUnknownTier_isUnknownKey() {
    ConfigError e = Yaml.single(Yaml.CLUSTERS + "sla:\n  slo: { P4: 90 }\n");
    assertThat(e.kind()).isEqualTo(Kind.UNKNOWN_KEY);
    assertThat(e.path()).isEqualTo("sla.slo.P4");
    assertThat(e.message()).startsWith("unknown key 'P4'; did you mean 'P");
  }

  @Test
  void parse_maintenanceWindowWithBothTargets_isBadValue() {
    ConfigError e =
        Yaml.single(
            Yaml.CLUSTERS
                + "sla:\n  maintenance-windows:\n    - { job: j, cluster: east-a,"
                + " from: '2026-01-01T00:00:00Z', to: '2026-01-01T01:00:00Z' }\n");
    assertThat(e.kind()).isEqualTo(Kind.BAD_VALUE);
    assertThat(e.path()).isEqualTo("sla.maintenance-windows[0]");
    assertThat(e.line()).isEqualTo(8);
  }

  @Test
  void parse_maintenanceWindowEndingBeforeStart_isBadValue() {
    ConfigError e =
        Yaml.single(
            Yaml.CLUSTERS
                + "sla:\n  maintenance-windows:\n    - cluster: east-a\n"
                + "      from: '2026-01-01T02:00:00Z'\n      to: '2026-01-01T01:00:00Z'\n");
    assertThat(e.path()).isEqualTo("sla.maintenance-windows[0].to");
    assertThat(e.line()).isEqualTo(10);
    assertThat(e.message()).startsWith("must be after 'from'");
  }

  @Test
  void parse_tokenHashNotHex_neverEchoesTheValue() {
    ConfigError e =
        Yaml.single(
            Yaml.CLUSTERS
                + "server:\n  tokens:\n    - { name: ci, role: operator, sha256: hunter2 }\n");
    assertThat(e.path()).isEqualTo("server.tokens[0].sha256");
    assertThat(e.format()).doesNotContain("hunter2");
  }

  @Test
  void parse_unknownRole_isBadValue() {
    ConfigError e =
        Yaml.single(
            Yaml.CLUSTERS
                + "server:\n  tokens:\n    - name: ci\n      role: root\n      sha256: "
                + "a".repeat(64)
                + "\n");
    assertError(
        e,
        Kind.BAD_VALUE,
        9,
        13,
        "server.tokens[0].role",
        "expected one of viewer, operator, admin but was 'root'");
  }

  @Test
  void parse_clusterNameWithSlash_isBadValue() {
    ConfigError e = Yaml.single("clusters:\n  - { name: 'a/b', rest: 'http://x:1' }\n");
    assertThat(e.kind()).isEqualTo(Kind.BAD_VALUE);
    assertThat(e.path()).isEqualTo("clusters[0].name");
  }

  @Test
  void parse_tabIndentation_isSyntaxErrorWithPosition() {
    ConfigError e = Yaml.single("clusters:\n\t- name: a\n");
    assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.message()).contains("Do not use \\t(TAB) for indentation");
  }

  @Test
  void parse_jobFlinkVersionDifferentFromCluster_isBadValue() {
    ConfigError e =
        Yaml.single(
            """
            clusters:
              - { name: new, rest: 'http://x:1', flink: "2.3" }
              - { name: old, rest: 'http://x:2', flink: "1.20.3" }
            jobs:
              - { name: j, artifact: j.jar, flink: "1.20", placement: { preferred: old, fallback: [new] } }
            """);
    assertError(
        e,
        Kind.BAD_VALUE,
        5,
        88,
        "jobs[0].placement.fallback[0]",
        "job needs Flink 1.20 but cluster 'new' declares Flink 2.3");
  }

  @Test
  void parse_maintenanceWindowOnUndefinedCluster_isBadValue() {
    ConfigError e =
        Yaml.single(
            Yaml.CLUSTERS
                + "sla:\n  maintenance-windows:\n    - { cluster: east-q, from: '2026-01-01T00:00:00Z',"
                + " to: '2026-01-01T01:00:00Z' }\n");
    assertThat(e.path()).isEqualTo("sla.maintenance-windows[0].cluster");
    assertThat(e.message()).isEqualTo("undefined cluster 'east-q'; did you mean 'east-a'?");
  }
}
