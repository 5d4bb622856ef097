package dev.omnigraph.exec;

import dev.omnigraph.plan.OutputColumn;
import java.util.List;

/**
 * The rows of a read: per row one canonical value per column (see
 * {@link dev.omnigraph.exec.store.Column} for the Java types), in result order.
 */
public record ResultRows(List<OutputColumn> columns, List<Object[]> rows) {}
