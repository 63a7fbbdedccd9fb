package dev.flotilla.config.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.ApiToken;
import dev.flotilla.config.ConfigError;
import dev.flotilla.config.ConfigResult;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {
  private static final String WITH_PASSWORD =
      "store: { url: 'jdbc:postgresql://db/fl', user: fl, password: from-file }\n" + Yaml.CLUSTERS;

  private static FlotillaConfig parse(String yaml, Map<String, String> env) {
    ConfigResult result = ConfigLoader.parse(yaml, "flotilla.yaml", env);
    assertThat(result.errors()).as(result.formatErrors()).isEmpty();
    return result.orElseThrow();
  }

  @Test
  void parse_storePasswordInEnvironment_winsOverFile() {
    FlotillaConfig config = parse(WITH_PASSWORD, Map.of("FLOTILLA_STORE_PASSWORD", "from-env"));
    assertThat(config.store().password()).contains("from-env");
  }

  @Test
  void parse_noEnvironment_usesFilePassword() {
    assertThat(parse(WITH_PASSWORD, Map.of()).store().password()).contains("from-file");
  }

  @Test
  void storeSettings_toString_neverShowsPassword() {
    FlotillaConfig config = parse(WITH_PASSWORD, Map.of("FLOTILLA_STORE_PASSWORD", "s3cret"));
    assertThat(config.store().toString()).doesNotContain("s3cret").contains("****");
    assertThat(config.toString()).doesNotContain("s3cret");
  }

  @Test
  void parse_tokensEnvironment_addsHashedTokens() {
    FlotillaConfig config =
        parse(Yaml.CLUSTERS, Map.of("FLOTILLA_TOKENS", "ci:operator:abc:def, ops:ADMIN:xyz"));
    List<ApiToken> tokens = config.server().tokens();
    assertThat(tokens).extracting(ApiToken::name).containsExactly("ci", "ops");
    assertThat(tokens.get(0).role()).isEqualTo(Role.OPERATOR);
    assertThat(tokens.get(0).sha256()).isEqualTo(ApiToken.sha256Hex("abc:def"));
    assertThat(config.server().authenticate("xyz").orElseThrow().name()).isEqualTo("ops");
    assertThat(config.toString()).doesNotContain("abc:def").doesNotContain("xyz");
  }

  @Test
  void parse_malformedTokensEnvironment_errorNeverShowsSecret() {
    ConfigResult result =
        ConfigLoader.parse(
            Yaml.CLUSTERS,
            "flotilla.yaml",
            Map.of("FLOTILLA_TOKENS", "ok:viewer:pw1,oops-topsecret"));
    assertThat(result.errors())
        .singleElement()
        .extracting(ConfigError::format)
        .isEqualTo(
            "env:FLOTILLA_TOKENS: server.tokens: entry 2: expected name:role:secret (value not shown)");
    assertThat(result.formatErrors()).doesNotContain("topsecret");
  }

  @Test
  void parse_tokensEnvironmentDuplicatingFileToken_isError() {
    String yaml =
        Yaml.CLUSTERS
            + "server:\n  tokens:\n    - { name: ci, role: viewer, sha256: "
            + "b".repeat(64)
            + " }\n";
    ConfigResult result =
        ConfigLoader.parse(yaml, "flotilla.yaml", Map.of("FLOTILLA_TOKENS", "ci:admin:pw"));
    assertThat(result.formatErrors())
        .isEqualTo("env:FLOTILLA_TOKENS: server.tokens: duplicate token name 'ci'");
  }
}
