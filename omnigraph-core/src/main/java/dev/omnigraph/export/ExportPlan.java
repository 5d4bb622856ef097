package dev.omnigraph.export;

import dev.omnigraph.BadRequestException;
import dev.omnigraph.ExportSelection;
import dev.omnigraph.engine.GraphSnapshot;
import dev.omnigraph.util.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables an export writes, validated against the snapshot: each named table key must exist
 * ({@code unknown export table '{k}'}), each type name must select {@code node:T} or
 * {@code edge:T} ({@code unknown export type '{T}'}); the union, in table-key byte order.
 *
 * @param snapshot the pinned snapshot every table is read at
 * @param tables   table keys in byte order (all {@code edge:} before {@code node:})
 */
public record ExportPlan(GraphSnapshot snapshot, List<String> tables) {
  public ExportPlan {
    tables = List.copyOf(tables);
  }

  /** Resolves a selection against a snapshot. */
  public static ExportPlan of(GraphSnapshot snapshot, ExportSelection selection) {
    Set<String> present = snapshot.commit().tables().keySet();
    Set<String> chosen = new TreeSet<>(ByteOrder.COMPARATOR);
    for (String key : selection.tableKeys()) {
      if (!present.contains(key)) {
        throw new BadRequestException("unknown export table '" + key + "'");
      }
      chosen.add(key);
    }
    for (String type : selection.typeNames()) {
      boolean any = false;
      for (String key : List.of("node:" + type, "edge:" + type)) {
        if (present.contains(key)) {
          chosen.add(key);
          any = true;
        }
      }
      if (!any) {
        throw new BadRequestException("unknown export type '" + type + "'");
      }
    }
    if (selection.isAll()) {
      chosen.addAll(present);
    }
    return new ExportPlan(snapshot, new ArrayList<>(chosen));
  }
}
