package br.com.gravacoes.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.RecordingWatcher;
import br.com.gravacoes.application.port.in.WatchRecordingsCommand;
import br.com.gravacoes.application.port.out.RecordingChange;
import br.com.gravacoes.application.testing.InMemoryRecordingChangeFeed;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WatchRecordingsServiceTest {

  private static final TenantId TENANT = new TenantId("tenant-a");
  private static final Actor ACTOR = new Actor("admin-a", TENANT, null);
  private static final RoomId ROOM = new RoomId("sala-1");

  private final InMemoryRecordingChangeFeed feed = new InMemoryRecordingChangeFeed();
  private final WatchRecordingsService service = new WatchRecordingsService(feed);
  private final Heard heard = new Heard();

  @Test
  void givenChangesOfTwoTenants_thenTheWatcherHearsOnlyItsTenants() throws Exception {
    service.watch(new WatchRecordingsCommand(ACTOR, Optional.empty()), heard);
    RecordingChange own = change(TENANT, ROOM, false);

    feed.announce(change(new TenantId("tenant-b"), ROOM, false));
    feed.announce(own);

    assertThat(heard.changed).containsExactly(own.recordingId());
    assertThat(heard.resyncs).isZero();
  }

  @Test
  void givenARoomFilter_thenChangesInOtherRoomsAreNotHeard() {
    service.watch(new WatchRecordingsCommand(ACTOR, Optional.of(ROOM)), heard);
    RecordingChange inRoom = change(TENANT, ROOM, false);

    feed.announce(change(TENANT, new RoomId("sala-2"), false));
    feed.announce(inRoom);

    assertThat(heard.changed).containsExactly(inRoom.recordingId());
  }

  @Test
  void givenARemovedRecordingOrAReconnection_thenTheWatcherIsToldToResync() {
    service.watch(new WatchRecordingsCommand(ACTOR, Optional.empty()), heard);

    feed.announce(change(TENANT, ROOM, true));
    feed.announce(change(new TenantId("tenant-b"), ROOM, true));
    feed.reconnected();

    assertThat(heard.changed).isEmpty();
    assertThat(heard.resyncs).isEqualTo(2);
  }

  @Test
  void givenTheHandleIsClosed_thenNothingMoreIsHeard() throws Exception {
    AutoCloseable handle =
        service.watch(new WatchRecordingsCommand(ACTOR, Optional.empty()), heard);

    handle.close();
    feed.announce(change(TENANT, ROOM, false));

    assertThat(heard.changed).isEmpty();
    assertThat(feed.subscribers()).isZero();
  }

  private static RecordingChange change(TenantId tenant, RoomId room, boolean removed) {
    return new RecordingChange(tenant, RecordingId.newId(), room, removed);
  }

  private static final class Heard implements RecordingWatcher {
    final List<RecordingId> changed = new ArrayList<>();
    int resyncs;

    @Override
    public void changed(RecordingId recording) {
      changed.add(recording);
    }

    @Override
    public void resync() {
      resyncs++;
    }
  }
}
