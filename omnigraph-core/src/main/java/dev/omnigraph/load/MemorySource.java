package dev.omnigraph.load;

import dev.omnigraph.LoadRecord;

/** In-memory records: record {@code i} (1-based) plays the role of line {@code i}. */
final class MemorySource implements RecordSource {
  private final Iterable<? extends LoadRecord> records;

  MemorySource(Iterable<? extends LoadRecord> records) {
    this.records = records;
  }

  @Override
  public void forEach(RecordSink sink) {
    long line = 0;
    for (LoadRecord r : records) {
      line++;
      if (r instanceof LoadRecord.Edge e) {
        if (e.from() == null) {
          sink.shapeError(line, "line " + line + ": edge missing 'from'");
        } else if (e.to() == null) {
          sink.shapeError(line, "line " + line + ": edge missing 'to'");
        } else {
          sink.record(new InputRecord(line, true, e.type(), e.from(), e.to(), e.data()));
        }
      } else {
        sink.record(new InputRecord(line, false, r.type(), null, null, r.data()));
      }
    }
  }
}
