package dev.flotilla.adviser.cases;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.Adviser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores the adviser on JSONL cases that also carry expected {@code label}, {@code side} and {@code
 * action}. Cases may carry a {@code split}; {@link #score(Reader, Optional)} keeps one.
 */
public final class CaseScorer {
  private final CaseRunner runner;

  public CaseScorer(Adviser adviser) {
    this.runner = new CaseRunner(adviser);
  }

  /** Scores all labelled cases. */
  public ScoreReport score(Reader jsonl) {
    return score(jsonl, Optional.empty());
  }

  /** Scores the labelled cases of one split ("dev", "holdout"), or all when empty. */
  public ScoreReport score(Reader jsonl, Optional<String> split) {
    int cases = 0;
    int errors = 0;
    int label = 0;
    int side = 0;
    int action = 0;
    int confidentWrong = 0;
    Map<String, Map<String, Integer>> confusion = new HashMap<>();
    List<String> misses = new ArrayList<>();
    try {
      BufferedReader reader = new BufferedReader(jsonl);
      int lineNo = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        lineNo++;
        CaseRunner.LineResult r = runner.runLine(line, lineNo);
        if (r.advice().isEmpty()) {
          errors++;
          continue;
        }
        JsonNode in = r.input().orElseThrow();
        if (split.isPresent() && !split.get().equals(in.path("split").asText())) {
          continue;
        }
        String expLabel = in.path("label").asText("");
        if (expLabel.isEmpty()) {
          continue;
        }
        Advice a = r.advice().get();
        cases++;
        boolean labelOk = expLabel.equals(a.label().name());
        boolean sideOk = in.path("side").asText("").equals(a.side().name());
        boolean actionOk =
            in.path("action").asText("").equals(a.action().map(Enum::name).orElse(""));
        label += labelOk ? 1 : 0;
        side += sideOk ? 1 : 0;
        action += actionOk ? 1 : 0;
        if (!labelOk && a.confidence() >= ScoreReport.CONFIDENT) {
          confidentWrong++;
        }
        confusion
            .computeIfAbsent(expLabel, k -> new HashMap<>())
            .merge(a.label().name(), 1, Integer::sum);
        if (!labelOk || !sideOk || !actionOk) {
          misses.add(
              String.format(
                  "%s: %s/%s/%s -> %s/%s/%s (%.2f)",
                  in.path("id").asText(),
                  expLabel,
                  in.path("side").asText(),
                  in.path("action").asText(),
                  a.label(),
                  a.side(),
                  a.action().map(Enum::name).orElse("-"),
                  a.confidence()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ScoreReport(
        split.orElse("all"), cases, errors, label, side, action, confidentWrong, confusion, misses);
  }
}
