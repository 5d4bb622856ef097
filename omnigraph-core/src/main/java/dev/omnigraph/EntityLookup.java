package dev.omnigraph;

import dev.omnigraph.constraint.ColumnLayout;
import dev.omnigraph.engine.GraphSnapshot;
import dev.omnigraph.exec.store.TableData;
import dev.omnigraph.exec.store.TableVersion;
import dev.omnigraph.manifest.TableEntry;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.storage.TableScan;
import dev.omnigraph.table.CellReader;
import dev.omnigraph.table.TableSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of a table by id (engine.md §2.4 {@code entity_at_target}): an {@code id = '…'} scan of
 * the table version the snapshot pins, encoded by {@link QueryResult} as one result row whose
 * columns are the table's.
 */
final class EntityLookup {
  private EntityLookup() {}

  /** @throws NotFoundException when the key names no table of the snapshot's schema */
  static Optional<String> find(GraphSnapshot snapshot, TableData data, String tableKey,
      String id) {
    ColumnLayout layout = ColumnLayout.of(snapshot.schema().catalog(), tableKey)
        .orElseThrow(() -> new NotFoundException("table '" + tableKey + "' not found"));
    TableEntry entry = snapshot.entry(tableKey);
    if (entry == null) {
      return Optional.empty(); // a type with no table at this commit has no rows
    }
    List<String> scanned = new ArrayList<>();
    List<ResultColumn> columns = new ArrayList<>();
    for (int c = 0; c < layout.size(); c++) {
      PropType type = layout.type(c);
      columns.add(new ResultColumn(layout.name(c), type));
      if (type.list() || type.scalar() != ScalarType.BLOB) { // blobs print as null, as in results
        scanned.add(layout.name(c));
      }
    }
    Object[][] found = new Object[1][];
    data.scan(TableVersion.of(entry), scanned,
        TableScan.column(TableSchemas.ID) + " = " + TableScan.literal(id), root -> {
          if (root.getRowCount() == 0) {
            return true;
          }
          Object[] row = new Object[layout.size()];
          for (String name : scanned) {
            int c = layout.indexOf(name);
            row[c] = CellReader.of(root.getVector(name), layout.type(c)).read(0);
          }
          found[0] = row;
          return false;
        });
    if (found[0] == null) {
      return Optional.empty();
    }
    return Optional.of(new QueryResult(new QueryResult.Shape(columns), List.<Object[]>of(found[0]))
        .rowJson(0));
  }
}
