package dev.flotilla.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdviseCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void cases_oneLineOutPerLineIn_badLinesGetAnErrorObject(@TempDir Path dir) throws Exception {
    Path cases = dir.resolve("cases.jsonl");
    Files.writeString(
        cases,
        String.join(
            "\n",
            "{\"id\":\"a\",\"log_excerpt\":\"java.lang.OutOfMemoryError: Java heap space\\n\\tat com.example.Enrich.map(Enrich.java:42)\"}",
            "this is not json",
            "{\"id\":\"c\",\"log_excerpt\":\"nothing recognisable here\"}",
            ""));
    CliRun run = CliRun.of("advise", "--cases", cases.toString());
    assertThat(run.code()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(3);
    JsonNode first = JSON.readTree(lines[0]);
    assertThat(first.get("id").asText()).isEqualTo("a");
    assertThat(first.get("label").asText()).isEqualTo("OOM_HEAP");
    assertThat(first.get("action").asText()).isEqualTo("INCREASE_HEAP");
    assertThat(first.get("evidence").toString()).contains("Java heap space");
    assertThat(JSON.readTree(lines[1]).has("error")).isTrue();
    assertThat(JSON.readTree(lines[2]).get("label").asText()).isEqualTo("UNKNOWN");
  }

  @Test
  void cases_withScore_printsAccuracyAndConfidentWrong(@TempDir Path dir) throws Exception {
    Path cases = dir.resolve("cases.jsonl");
    Files.writeString(
        cases,
        "{\"id\":\"a\",\"log_excerpt\":\"java.lang.OutOfMemoryError: Java heap space\","
            + "\"label\":\"OOM_HEAP\",\"side\":\"USER\",\"action\":\"INCREASE_HEAP\"}\n");
    Path out = dir.resolve("out.jsonl");
    CliRun run =
        CliRun.of("advise", "--cases", cases.toString(), "--score", "--out", out.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("label", "side", "action", "confident-wrong");
    assertThat(Files.readAllLines(out)).hasSize(1);
  }

  @Test
  void log_quotesEvidence(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("tm.log");
    Files.writeString(
        log,
        "2026-11-24 10:00:01,123 ERROR org.apache.flink.runtime.taskmanager.Task - failed\n"
            + "java.lang.OutOfMemoryError: Metaspace\n\tat java.lang.ClassLoader.defineClass1(Native Method)\n");
    CliRun run = CliRun.of("advise", "--log", log.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("OOM_METASPACE").contains("Metaspace");
  }

  @Test
  void missingSource_isUsageError() {
    assertThat(CliRun.of("advise").code()).isEqualTo(2);
  }

  @Test
  void missingFile_isUsageErrorNamingTheFile(@TempDir Path dir) {
    CliRun run = CliRun.of("advise", "--cases", dir.resolve("none.jsonl").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("none.jsonl");
  }
}
