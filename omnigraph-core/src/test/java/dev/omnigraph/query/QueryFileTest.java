package dev.omnigraph.query;

import static dev.omnigraph.query.support.Queries.SEARCH_PG;
import static dev.omnigraph.query.support.Queries.TEST_PG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.PreparedQuery;
import dev.omnigraph.QueryException;
import dev.omnigraph.QueryFile;
import dev.omnigraph.query.support.TestSchemas;
import dev.omnigraph.schema.Catalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public entry points: selection (languages.md §3.2), binding and checking in order. */
class QueryFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Catalog TEST = TestSchemas.catalog(TEST_PG);
  private static final QueryFile TEST_GQ = QueryFile.parse(TestSchemas.fixture("test.gq"));
  private static final String YOUNG = "query young($age: I32) { match { $p: Person  $p.age < $age }"
      + " return { $p.name, $p.age } order { $p.age asc } }";
  private static final String MQ_INSERT =
      "query insert_person($name: String, $age: I32) { insert Person { name: $name, age: $age } }";

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  private static void requestError(Runnable call, String message) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(QueryException.class, e -> {
      assertThat(e.kind()).isEqualTo(QueryException.Kind.REQUEST);
      assertThat(e).hasMessage(message);
    });
  }

  @Test
  void selectionByNameTakesTheFirstDeclaration() {
    QueryFile file = QueryFile.parse("query a() { match { $p: Person } return { $p.name } }\n"
        + "query a() { match { $c: Company } return { $c.name } }");
    assertThat(file.prepareRead(TEST, "a", null).read().columns()).containsExactly("p.name");
    assertThat(file.queryNames()).containsExactly("a", "a");
  }

  @Test
  void selectionErrors() {
    requestError(() -> TEST_GQ.check(TEST, "nope"), "query 'nope' not found");
    requestError(() -> TEST_GQ.prepareRead(TEST, null, null),
        "query file contains multiple queries; pass --name");
    requestError(() -> QueryFile.parse("").check(TEST, null),
        "query file contains multiple queries; pass --name");
    assertThat(QueryFile.parse(YOUNG).check(TEST, null).name()).isEqualTo("young");
  }

  @Test
  @DisplayName("C01 get_person binds its parameter")
  void c01() throws Exception {
    PreparedQuery q = TEST_GQ.prepareRead(TEST, "get_person", json("{\"name\":\"Alice\"}"));
    assertThat(q.name()).isEqualTo("get_person");
    assertThat(q.isMutation()).isFalse();
    assertThat(q.params().get("name")).isEqualTo("Alice");
    assertThat(q.read().columns()).containsExactly("p.name", "p.age");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "C17 | {\"age\":28}   | 28",
      "C18 | {\"age\":28.0} | 28",
      "C19 | {\"age\":\"28\"} | 28"})
  void integerParameters(String id, String params, int expected) throws Exception {
    assertThat(QueryFile.parse(YOUNG).prepareRead(TEST, "young", json(params)).params().get("age"))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "C20 | {\"age\":28.5}       | param 'age': expected integer number",
      "C21 | {\"age\":3000000000} | param 'age': value 3000000000 exceeds I32",
      "C22 | {}                   | parameter 'age' not provided"})
  void badIntegerParameters(String id, String params, String message) throws Exception {
    JsonNode p = json(params);
    requestError(() -> QueryFile.parse(YOUNG).prepareRead(TEST, "young", p), message);
  }

  @Test
  @DisplayName("C23/C24 get_person: missing and mistyped parameter")
  void c23c24() throws Exception {
    JsonNode none = json("{}");
    requestError(() -> TEST_GQ.prepareRead(TEST, "get_person", none),
        "parameter 'name' not provided");
    JsonNode five = json("{\"name\":5}");
    requestError(() -> TEST_GQ.prepareRead(TEST, "get_person", five),
        "param 'name': expected string, got number");
  }

  @Test
  @DisplayName("D15/D19 search parameters: wrong vector length, missing text")
  void searchParameters() throws Exception {
    QueryFile search = QueryFile.parse(TestSchemas.fixture("search.gq"));
    Catalog catalog = TestSchemas.catalog(SEARCH_PG);
    JsonNode shortVector = json("{\"q\":[0.1,0.2,0.3]}");
    requestError(() -> search.prepareRead(catalog, "vector_search", shortVector),
        "param 'q': expected 4 values for Vector(4), got 3");
    JsonNode none = json("{}");
    requestError(() -> search.prepareRead(catalog, "text_search", none),
        "parameter 'q' not provided");
    assertThat((float[]) search.prepareRead(catalog, "vector_search",
        json("{\"q\":[0.1,0.2,0.3,0.4]}")).params().get("q")).hasSize(4);
  }

  @Test
  void unusedAndOptionalParametersMayBeOmitted() throws Exception {
    QueryFile file = QueryFile.parse("query q($unused: String, $opt: I32?) { match { $p: Person"
        + "  $p.age > $opt } return { $p.name } }");
    PreparedQuery q = file.prepareRead(TEST, "q", json("{}"));
    assertThat(q.params().contains("opt")).isTrue();
    assertThat(q.params().contains("unused")).isFalse();
    assertThat(q.read().referencedParams()).containsExactly("opt");
  }

  @Test
  @DisplayName("E26 out-of-range mutation parameter; E27 a read on the mutation path")
  void mutationPath() throws Exception {
    QueryFile mq = QueryFile.parse(MQ_INSERT);
    JsonNode tooBig = json("{\"name\":\"Eve\",\"age\":3000000000}");
    requestError(() -> mq.prepareMutation(TEST, "insert_person", tooBig),
        "param 'age': value 3000000000 exceeds I32");
    PreparedQuery ok = mq.prepareMutation(TEST, "insert_person", json("{\"name\":\"Eve\",\"age\":22}"));
    assertThat(ok.isMutation()).isTrue();
    assertThat(ok.mutation().targetTypes()).containsExactly("Person");
    JsonNode alice = json("{\"name\":\"Alice\"}");
    requestError(() -> TEST_GQ.prepareMutation(TEST, "get_person", alice),
        "mutation execution called on a read query; use query instead");
  }

  @Test
  @DisplayName("processing order: bind, then type-check, then require used parameters")
  void processingOrder() throws Exception {
    QueryFile file = QueryFile.parse("query q($a: I32) { match { $p: Foo } return { $a } }");
    JsonNode bad = json("{\"a\":\"x\"}");
    requestError(() -> file.prepareRead(TEST, "q", bad), "param 'a': expected integer string, got 'x'");
    JsonNode none = json("{}");
    assertThatThrownBy(() -> file.prepareRead(TEST, "q", none))
        .hasMessage("type error: T1: unknown node type `Foo`");
    QueryFile typeErrorOnMutationPath = QueryFile.parse(
        "query q() { match { $p: Foo } return { $p } }");
    assertThatThrownBy(() -> typeErrorOnMutationPath.prepareMutation(TEST, "q", null))
        .hasMessage("type error: T1: unknown node type `Foo`");
  }

  @Test
  void accessorsRejectTheOtherKind() throws Exception {
    PreparedQuery read = TEST_GQ.prepareRead(TEST, "adults", null);
    assertThatThrownBy(read::mutation).isInstanceOf(IllegalStateException.class);
    PreparedQuery mutation = QueryFile.parse(MQ_INSERT).prepareMutation(TEST, null,
        json("{\"name\":\"a\",\"age\":1}"));
    assertThatThrownBy(mutation::read).isInstanceOf(IllegalStateException.class);
    assertThat(mutation.checked().name()).isEqualTo("insert_person");
  }
}
