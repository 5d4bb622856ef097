package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameter merging (cli.md §6.3). */
class ParamsTest {
  @Test
  void aliasArgumentsAreJsonWhenTheyParseElseStrings() {
    assertThat(Params.merge("a", List.of("n", "age", "ok", "s", "list", "url", "nul", "big"),
        List.of("Alice", "29", "true", "\"x\"", "[1,2]", "https://example.com", "null",
            "0.10000000000000000555"), null))
        .hasToString("{\"n\":\"Alice\",\"age\":29,\"ok\":true,\"s\":\"x\",\"list\":[1,2],"
            + "\"url\":\"https://example.com\",\"nul\":null,\"big\":0.10000000000000000555}");
  }

  @Test
  void explicitParamsOverrideAliasArguments() {
    assertThat(Params.merge("a", List.of("name", "age"), List.of("Alice", "30"),
        Params.parse("{\"age\": 31, \"extra\": \"x\"}")))
        .hasToString("{\"name\":\"Alice\",\"age\":31,\"extra\":\"x\"}");
  }

  @Test
  void nothingMeansNoParameters() {
    assertThat(Params.merge(null, List.of(), List.of(), null)).isNull();
    assertThat(Params.merge(null, List.of(), List.of(), Params.parse("{}"))).isNull();
  }

  @Test
  void errors() {
    assertThatThrownBy(() -> Params.merge("owner", List.of("slug"), List.of("a", "b"), null))
        .hasMessage("alias 'owner' expects at most 1 args but got 2");
    assertThatThrownBy(() -> Params.merge(null, List.of(), List.of("x"), null))
        .hasMessage("alias '<alias>' expects at most 0 args but got 1");
    assertThatThrownBy(() -> Params.parse("[1]")).hasMessage("params JSON must be an object");
    assertThatThrownBy(() -> Params.parse("{\"a\":")).hasMessageStartingWith("invalid params JSON: ");
  }
}
