package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.RecordingFixtures.NOW;
import static br.com.gravacoes.adapters.persistence.RecordingFixtures.confirmed;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The database, not the caller, decides which start of a room's recording wins. */
class InsertIfRoomIdleTest extends RepositoryTestBase {

  private static final int CONCURRENT_STARTS = 20;

  @Test
  void givenAnActiveRecording_thenASecondOneForTheRoomIsRefused() {
    Meeting meeting = RecordingFixtures.storedMeeting(meetings);
    Recording first = Recording.begin(RecordingId.newId(), meeting, NOW);
    Recording second = Recording.begin(RecordingId.newId(), meeting, NOW);

    assertThat(recordings.insertIfRoomIdle(first)).isTrue();
    assertThat(recordings.insertIfRoomIdle(second)).isFalse();

    assertThat(recordings.findActiveByRoom(meeting.roomId())).get().isEqualTo(first);
    assertThat(recordings.findById(second.id())).isEmpty();
  }

  @Test
  void givenTheActiveRecordingMovedToProcessing_thenTheRoomMayRecordAgain() {
    Meeting meeting = RecordingFixtures.storedMeeting(meetings);
    Recording first = confirmed(Recording.begin(RecordingId.newId(), meeting, NOW));
    recordings.insertIfRoomIdle(first);
    recordings.update(first.stop(NOW.plusSeconds(5)), RecordingStatus.RECORDING);

    Recording next = Recording.begin(RecordingId.newId(), meeting, NOW.plusSeconds(6));

    assertThat(recordings.insertIfRoomIdle(next)).isTrue();
    assertThat(recordings.findActiveByRoom(meeting.roomId())).get().isEqualTo(next);
  }

  @Test
  void givenAnActiveRecordingInOneRoom_thenAnotherRoomMayRecord() {
    Meeting busy = RecordingFixtures.storedMeeting(meetings);
    Meeting other = RecordingFixtures.storedMeeting(meetings);
    recordings.insertIfRoomIdle(Recording.begin(RecordingId.newId(), busy, NOW));

    assertThat(recordings.insertIfRoomIdle(Recording.begin(RecordingId.newId(), other, NOW)))
        .isTrue();
  }

  @Test
  void givenConcurrentStartsInOneRoom_thenExactlyOneIsInserted() throws Exception {
    Meeting meeting = RecordingFixtures.storedMeeting(meetings);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(CONCURRENT_STARTS);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < CONCURRENT_STARTS; i++) {
        Recording start = Recording.begin(RecordingId.newId(), meeting, NOW);
        outcomes.add(
            threads.submit(
                () -> {
                  go.await();
                  return recordings.insertIfRoomIdle(start);
                }));
      }
      go.countDown();
      int inserted = 0;
      for (Future<Boolean> outcome : outcomes) {
        inserted += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }

      assertThat(inserted).isEqualTo(1);
      assertThat(rowsOfRoom(meeting)).isEqualTo(1L);
    } finally {
      threads.shutdownNow();
    }
  }

  private static long rowsOfRoom(Meeting meeting) {
    return unit.inTransaction(
        em ->
            ((Number)
                    em.createNativeQuery("SELECT count(*) FROM gravacoes WHERE room_id_100ms = ?1")
                        .setParameter(1, meeting.roomId().value())
                        .getSingleResult())
                .longValue());
  }
}
