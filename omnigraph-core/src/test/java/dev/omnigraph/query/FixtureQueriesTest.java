package dev.omnigraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.QueryFile;
import dev.omnigraph.query.ir.CheckedQuery;
import dev.omnigraph.query.ir.ReadQuery;
import dev.omnigraph.query.support.TestSchemas;
import dev.omnigraph.schema.Catalog;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every named query of the shared fixtures parses and type-checks against its schema. */
class FixtureQueriesTest {

  @TestFactory
  @DisplayName("B01/B02 every fixture query type-checks")
  Stream<DynamicTest> everyFixtureQueryTypeChecks() {
    return Stream.of("test", "search").flatMap(name -> {
      Catalog catalog = TestSchemas.fixtureCatalog(name + ".pg");
      QueryFile file = QueryFile.parse(TestSchemas.fixture(name + ".gq"));
      return file.queryNames().stream().map(q -> DynamicTest.dynamicTest(name + ".gq " + q,
          () -> assertThat(file.check(catalog, q).name()).isEqualTo(q)));
    });
  }

  @Test
  @DisplayName("B01 test.gq holds the 11 read queries")
  void testGqHoldsElevenReadQueries() {
    QueryFile file = QueryFile.parse(TestSchemas.fixture("test.gq"));
    Catalog catalog = TestSchemas.fixtureCatalog("test.pg");
    assertThat(file.queryNames()).containsExactly("get_person", "adults", "friends_of",
        "employees_of", "friends_of_friends", "unemployed", "friend_counts", "top_by_age",
        "total_people", "age_stats", "top_connected");
    List<CheckedQuery> checked = file.queryNames().stream().map(q -> file.check(catalog, q))
        .toList();
    assertThat(checked).allMatch(c -> c instanceof ReadQuery);
  }
}
