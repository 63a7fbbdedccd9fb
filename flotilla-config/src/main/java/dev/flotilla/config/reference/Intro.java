package dev.flotilla.config.reference;

/** The fixed introduction of the generated reference. */
final class Intro {
  private Intro() {}

  static final String TEXT =
      """
      Flotilla reads one YAML file, `flotilla.yaml` (a complete commented example is in
      [`examples/flotilla.yaml`](../examples/flotilla.yaml)). Check a file without starting
      anything with `flotilla config check FILE`: every problem is reported at once, as
      `FILE:LINE:COLUMN: KEY.PATH: MESSAGE`, for example

          flotilla.yaml:12:11: clusters[1].rest: expected an http(s) URL but was 'localhost:8081'
          flotilla.yaml:14:5: clusters[1].rset: unknown key 'rset'; did you mean 'rest'?

      List indexes in key paths start at 0.

      **Value formats.** Durations are a whole number and a unit: `500ms`, `10s`, `5m`, `1h`,
      `7d`. Names (clusters, jobs, tokens) use letters, digits, `.`, `_` and `-` (no `/`: an
      observed job's key is `cluster/jobName`). Quote version numbers (`flink: "2.3"`).
      Instants are ISO-8601 in UTC (`2026-01-10T02:00:00Z`). Tiers are `P0` (highest) to `P3`.
      Automatic actions are `restart`, `rescale`, `migrate`, `config-change`, `upgrade` and
      `memory-fix`.

      **Top-level keys:** `store`, `clusters` (required, at least one), `jobs`, `policy`, `sla`,
      `collector`, `server`. A key path such as `placement.preferred` means a nested mapping
      (`placement: { preferred: east-a }`); `jobs[]` means each entry of the `jobs` list.

      """;
}
