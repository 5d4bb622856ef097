package dev.omnigraph.load;

import java.io.IOException;

/** Load input: feeds its records to a sink, in input order, reading it once. */
interface RecordSource {
  void forEach(RecordSink sink) throws IOException;
}
