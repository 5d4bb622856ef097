package dev.omnigraph.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.ConflictException;
import dev.omnigraph.storage.ConfigDataset;
import dev.omnigraph.storage.LanceStore;
import dev.omnigraph.storage.RepoLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestStoreTest {
  @TempDir Path dir;
  LanceStore store;

  @BeforeEach
  void open() {
    store = new LanceStore(RepoLocation.parse(dir.toString()));
    ConfigDataset.createIfAbsent(store, ManifestKeys.PATH);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void publishLandsAtTheNextVersionAndIsReadBack() {
    try (ManifestStore m = ManifestStore.open(store)) {
      long v = m.current().version();
      String r = m.publish(s -> new Publication<>(Map.of(ManifestKeys.REPO, "r1"),
          Map.of(ManifestKeys.PROP_OP, "test"), "won"));
      assertThat(r).isEqualTo("won");
      ManifestState s = m.current();
      assertThat(s.version()).isEqualTo(v + 1);
      assertThat(s.repoId()).isEqualTo("r1");
      assertThat(m.at(v).repoId()).isNull(); // older versions keep their state
    }
  }

  /**
   * Publishers in separate handles (as separate processes would be) that each require the state
   * they validated: of every round, exactly one wins and the others see the new state and give up.
   */
  @Test
  void racingPublishersHaveExactlyOneWinnerPerRound() throws Exception {
    int writers = 8;
    List<ManifestStore> handles = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      handles.add(ManifestStore.open(store));
    }
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      for (int round = 0; round < 10; round++) {
        long base = handles.get(0).current().version();
        CyclicBarrier start = new CyclicBarrier(writers);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
          ManifestStore m = handles.get(i);
          String me = "w" + i;
          outcomes.add(pool.submit(() -> {
            start.await();
            try {
              return m.publish(s -> {
                if (s.version() != base) {
                  throw new ConflictException("moved");
                }
                return new Publication<>(Map.of(ManifestKeys.REPO, me), Map.of(), me);
              });
            } catch (ConflictException e) {
              return "lost";
            }
          }));
        }
        List<String> won = new ArrayList<>();
        for (Future<String> f : outcomes) {
          String o = f.get();
          if (!o.equals("lost")) {
            won.add(o);
          }
        }
        assertThat(won).as("round %d", round).hasSize(1);
        ManifestState after = handles.get(0).current();
        assertThat(after.version()).isEqualTo(base + 1);
        assertThat(after.repoId()).isEqualTo(won.get(0));
      }
    } finally {
      pool.shutdownNow();
      handles.forEach(ManifestStore::close);
    }
  }

  @Test
  void exhaustedRetriesAreATypedConflict() {
    try (ManifestStore m = ManifestStore.open(store); ManifestStore other = ManifestStore.open(store)) {
      assertThatThrownBy(() -> m.publish(s -> {
        // someone else always publishes between our read and our commit
        other.publish(x -> new Publication<>(Map.of("k", "v" + x.version()), Map.of(), null));
        return new Publication<>(Map.of(), Map.of(), null);
      })).isInstanceOf(ConflictException.class)
          .hasMessage("manifest publish exhausted 5 retries against concurrent writers");
    }
  }
}
