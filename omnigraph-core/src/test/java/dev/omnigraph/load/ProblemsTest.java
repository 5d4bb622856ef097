package dev.omnigraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.ConflictException;
import dev.omnigraph.KeyConflictException;
import dev.omnigraph.LoadError;
import dev.omnigraph.LoadException;
import org.junit.jupiter.api.Test;

class ProblemsTest {
  private static Problems.Key key(int phase, int stage, long row) {
    return new Problems.Key(phase, 0, stage, 0, row, 0);
  }

  private static LoadError error(String m) {
    return new LoadError(1, null, null, m);
  }

  @Test
  void keepsTheFirstTwentyInReportingOrder() {
    Problems p = new Problems();
    for (int row = 40; row > 0; row--) {
      p.add(key(Problems.PHASE_NODES, Problems.STAGE_VALUE, row), error("v" + row));
    }
    p.add(key(Problems.PHASE_SHAPE, 0, 99), error("shape"));
    LoadException e = (LoadException) p.toException();
    assertThat(e).hasMessage("shape");
    assertThat(e.errors()).hasSize(20);
    assertThat(e.errors().get(1).message()).isEqualTo("v1");
    assertThat(e.errors().get(19).message()).isEqualTo("v19");
    assertThat(p.full(key(Problems.PHASE_NODES, Problems.STAGE_VALUE, 20))).isTrue();
    assertThat(p.full(key(Problems.PHASE_NODES, Problems.STAGE_VALUE, 19))).isFalse();
  }

  @Test
  void theFirstProblemDecidesTheExceptionType() {
    Problems keys = new Problems();
    keys.add(key(Problems.PHASE_NODES, Problems.STAGE_STORED, 0), error("exists"),
        Problems.Kind.KEY_CONFLICT, "node:P", "a");
    assertThat(keys.toException()).isInstanceOf(KeyConflictException.class).hasMessage("exists");
    Problems unique = new Problems();
    unique.add(key(Problems.PHASE_NODES, Problems.STAGE_STORED, 0), error("used"),
        Problems.Kind.UNIQUE_CONFLICT, "node:P", null);
    assertThat(unique.toException()).isExactlyInstanceOf(ConflictException.class);
    unique.add(key(Problems.PHASE_NODES, Problems.STAGE_RANGE, 5), error("range"));
    assertThat(unique.toException()).isInstanceOf(LoadException.class).hasMessage("range");
  }
}
