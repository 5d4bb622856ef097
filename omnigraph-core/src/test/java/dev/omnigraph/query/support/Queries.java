package dev.omnigraph.query.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.QueryException;
import dev.omnigraph.QueryFile;
import dev.omnigraph.query.ir.CheckedQuery;
import dev.omnigraph.query.ir.MutationQuery;
import dev.omnigraph.query.ir.ReadQuery;
import dev.omnigraph.schema.Catalog;
import java.util.concurrent.atomic.AtomicReference;

/** Parsing and checking helpers for query tests. */
public final class Queries {
  /** fixtures/test.pg. */
  public static final String TEST_PG = TestSchemas.fixture("test.pg");
  /** test.pg with {@code tags: [String]?} on Person (languages.md §4.2 examples). */
  public static final String TAGS_PG = TEST_PG.replace("age: I32?", "age: I32?\n    tags: [String]?");
  /** fixtures/search.pg. */
  public static final String SEARCH_PG = TestSchemas.fixture("search.pg");

  private Queries() {}

  /** Parses {@code source} and checks its only query against {@code schema}. */
  public static CheckedQuery check(String schema, String source) {
    return check(TestSchemas.catalog(schema), source);
  }

  public static CheckedQuery check(Catalog catalog, String source) {
    return QueryFile.parse(source).check(catalog, null);
  }

  public static ReadQuery read(String schema, String source) {
    return (ReadQuery) check(schema, source);
  }

  public static MutationQuery mutation(String schema, String source) {
    return (MutationQuery) check(schema, source);
  }

  /** The message of the type error {@code source} raises against {@code schema} (no prefix). */
  public static String typeError(String schema, String source) {
    AtomicReference<String> message = new AtomicReference<>();
    assertThatThrownBy(() -> check(schema, source))
        .isInstanceOfSatisfying(QueryException.class, e -> {
          if (e.kind() != QueryException.Kind.TYPE) {
            throw new AssertionError("expected a type error, got " + e.kind() + ": " + e.getMessage());
          }
          message.set(e.getMessage().substring("type error: ".length()));
        });
    return message.get();
  }

  /** The full text of the parse error {@code source} raises. */
  public static String parseError(String source) {
    AtomicReference<String> message = new AtomicReference<>();
    assertThatThrownBy(() -> QueryFile.parse(source))
        .isInstanceOfSatisfying(QueryException.class, e -> {
          if (e.kind() != QueryException.Kind.PARSE) {
            throw new AssertionError("expected a parse error, got " + e.kind());
          }
          message.set(e.getMessage());
        });
    return message.get();
  }
}
