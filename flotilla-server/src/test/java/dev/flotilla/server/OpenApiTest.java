package dev.flotilla.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flotilla.server.http.Route;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written OpenAPI document describes exactly the registered routes. */
class OpenApiTest {
  @TempDir Path dir;

  @Test
  void document_describesEveryRouteAndNothingElse() throws Exception {
    try (TestServer t = new TestServer(dir, true)) {
      JsonNode doc = new ObjectMapper().readTree(t.get("/api/openapi.json", null).body());
      assertThat(doc.get("openapi").asText()).startsWith("3.");
      Set<String> documented = new TreeSet<>();
      doc.get("paths")
          .fields()
          .forEachRemaining(
              p ->
                  p.getValue()
                      .fieldNames()
                      .forEachRemaining(
                          m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
      Set<String> registered = new TreeSet<>();
      for (Route r : t.server.routes()) {
        registered.add(r.method().name() + " " + r.openApiPath());
      }
      assertThat(documented).isEqualTo(registered);
    }
  }

  @Test
  void document_declaresPathParametersAndSecurityPerRole() throws Exception {
    try (TestServer t = new TestServer(dir, true)) {
      JsonNode doc = new ObjectMapper().readTree(t.get("/api/openapi.json", null).body());
      List<String> problems = new ArrayList<>();
      for (Route r : t.server.routes()) {
        String path = r.openApiPath();
        JsonNode op = doc.get("paths").get(path).get(r.method().name().toLowerCase(Locale.ROOT));
        Set<String> declared = new HashSet<>();
        op.get("parameters")
            .forEach(
                p -> {
                  if (p.get("in").asText().equals("path")) {
                    declared.add(p.get("name").asText());
                  }
                });
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(path);
        Set<String> inPath = new HashSet<>();
        while (m.find()) {
          inPath.add(m.group(1));
        }
        if (!declared.equals(inPath)) {
          problems.add(path + " path parameters " + declared + " != " + inPath);
        }
        boolean secured = !op.get("security").isEmpty();
        if (secured != r.role().isPresent()) {
          problems.add(path + " security " + secured + " but role " + r.role());
        }
        if (r.role().isPresent()
            && !op.get("description").asText().contains(r.role().get().yamlName())) {
          problems.add(path + " does not name role " + r.role().get().yamlName());
        }
      }
      assertThat(problems).isEmpty();
    }
  }
}
