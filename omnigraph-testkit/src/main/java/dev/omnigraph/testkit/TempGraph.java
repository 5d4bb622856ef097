package dev.omnigraph.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link OmnigraphExtension} for a real graph in a fresh temporary directory, initialised with
 * a schema and optionally loaded with JSONL data; closed and deleted after the test.
 *
 * <pre>{@code
 * @ExtendWith(OmnigraphExtension.class)
 * class PeopleTest {
 *   @Test
 *   void adults(@TempGraph(schema = "people.pg", data = "people.jsonl") Omnigraph graph) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface TempGraph {
  /** Class-path resource holding the schema ({@code .pg}); ignored when {@link #schemaText} is set. */
  String schema() default "";

  /** The schema source itself, for short schemas. */
  String schemaText() default "";

  /** Class-path resource holding JSONL data loaded into {@code main} (overwrite mode); optional. */
  String data() default "";
}
