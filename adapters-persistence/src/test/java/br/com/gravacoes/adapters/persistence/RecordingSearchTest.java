package br.com.gravacoes.adapters.persistence;

import static br.com.gravacoes.adapters.persistence.RecordingFixtures.NOW;
import static br.com.gravacoes.adapters.persistence.RecordingFixtures.recording;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.application.port.out.RecordingCursor;
import br.com.gravacoes.application.port.out.RecordingPage;
import br.com.gravacoes.application.port.out.RecordingQuery;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The library's pages: newest first, stable under ties, each filter on its own. */
class RecordingSearchTest extends RepositoryTestBase {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  // PostgreSQL orders uuids byte by byte, which is the order of their lowercase hex text.
  private static final Comparator<Recording> NEWEST_FIRST =
      Comparator.comparing(Recording::createdAt)
          .thenComparing(recording -> recording.id().toString())
          .reversed();

  private Meeting meeting;

  @BeforeEach
  void emptyLibrary() {
    deleteAllRows("gravacoes");
    meeting = RecordingFixtures.storedMeeting(meetings);
  }

  @Test
  void givenSevenRecordingsWithTiedCreationTimes_thenThreePagesListEachOnceNewestFirst() {
    List<Recording> stored = new ArrayList<>();
    stored.add(store(RecordingStatus.PROCESSING, NOW.plus(MINUTE), NOW));
    for (int i = 0; i < 4; i++) {
      stored.add(store(RecordingStatus.PROCESSING, NOW, NOW));
    }
    stored.add(store(RecordingStatus.PROCESSING, NOW.minus(MINUTE), NOW));
    stored.add(store(RecordingStatus.PROCESSING, NOW.minus(MINUTE), NOW));
    List<Recording> expected = stored.stream().sorted(NEWEST_FIRST).toList();

    RecordingPage first = recordings.search(query(Optional.empty()));
    RecordingPage second = recordings.search(query(first.next()));
    RecordingPage third = recordings.search(query(second.next()));

    assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 3));
    assertThat(first.next()).contains(RecordingCursor.after(expected.get(2)));
    assertThat(second.items()).containsExactlyElementsOf(expected.subList(3, 6));
    assertThat(second.next()).contains(RecordingCursor.after(expected.get(5)));
    assertThat(third.items()).containsExactly(expected.get(6));
    assertThat(third.next()).isEmpty();
  }

  @Test
  void anotherTenantsRecordingsAreNeverListed() {
    Recording ours = store(RecordingStatus.PROCESSING, NOW, NOW);
    Meeting elsewhere = RecordingFixtures.storedMeeting(meetings, new TenantId("outra_empresa"));
    recordings.insertIfRoomIdle(recording(elsewhere, RecordingStatus.RECORDING, NOW, NOW));

    RecordingPage page = recordings.search(query(Optional.empty()));

    assertThat(page.items()).containsExactly(ours);
  }

  @Test
  void givenExactlyAPageOfRecordings_thenThereIsNoNextPage() {
    store(RecordingStatus.PROCESSING, NOW, NOW);
    store(RecordingStatus.PROCESSING, NOW, NOW);
    store(RecordingStatus.PROCESSING, NOW, NOW);

    RecordingPage page = recordings.search(query(Optional.empty()));

    assertThat(page.items()).hasSize(3);
    assertThat(page.next()).isEmpty();
  }

  @Test
  void givenAStatusFilter_thenOnlyThatStatusIsListed() {
    Recording completed = store(RecordingStatus.COMPLETED, NOW, NOW);
    store(RecordingStatus.PROCESSING, NOW, NOW);
    store(RecordingStatus.FAILED, NOW, NOW);

    RecordingPage page =
        recordings.search(
            new RecordingQuery(
                meeting.tenantId(),
                Optional.of(RecordingStatus.COMPLETED),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                10));

    assertThat(page.items()).containsExactly(completed);
  }

  @Test
  void givenAMeetingFilter_thenPagesHoldOnlyThatMeetingsRecordings() {
    Meeting other = RecordingFixtures.storedMeeting(meetings);
    Recording newest = store(RecordingStatus.PROCESSING, NOW.plus(MINUTE), NOW);
    Recording oldest = store(RecordingStatus.PROCESSING, NOW.minus(MINUTE), NOW);
    recordings.insertIfRoomIdle(recording(other, RecordingStatus.PROCESSING, NOW, NOW));

    RecordingPage first = recordings.search(byMeeting(meeting.id(), Optional.empty()));
    RecordingPage second = recordings.search(byMeeting(meeting.id(), first.next()));

    assertThat(first.items()).containsExactly(newest);
    assertThat(second.items()).containsExactly(oldest);
    assertThat(second.next()).isEmpty();
  }

  @Test
  void givenAStartWindow_thenFromIsInclusiveToIsExclusiveAndUnstartedOnesAreLeftOut() {
    Instant from = NOW.minus(MINUTE);
    Instant to = NOW.plus(MINUTE);
    Recording beforeFrom = store(RecordingStatus.PROCESSING, NOW, from.minusNanos(1_000));
    Recording atFrom = store(RecordingStatus.PROCESSING, NOW, from);
    Recording inside = store(RecordingStatus.PROCESSING, NOW, NOW);
    Recording atTo = store(RecordingStatus.PROCESSING, NOW, to);
    store(RecordingStatus.PROCESSING, NOW, null);

    RecordingPage window = recordings.search(between(Optional.of(from), Optional.of(to)));
    RecordingPage onlyFrom = recordings.search(between(Optional.of(NOW), Optional.empty()));
    RecordingPage onlyTo = recordings.search(between(Optional.empty(), Optional.of(from)));

    assertThat(window.items()).containsExactlyInAnyOrder(atFrom, inside);
    assertThat(onlyFrom.items()).containsExactlyInAnyOrder(inside, atTo);
    assertThat(onlyTo.items()).containsExactly(beforeFrom);
  }

  private Recording store(RecordingStatus status, Instant createdAt, Instant startedAt) {
    Recording recording = recording(meeting, status, createdAt, startedAt);
    assertThat(recordings.insertIfRoomIdle(recording)).isTrue();
    return recording;
  }

  private RecordingQuery query(Optional<RecordingCursor> after) {
    return new RecordingQuery(
        meeting.tenantId(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        after,
        3);
  }

  private RecordingQuery byMeeting(MeetingId meetingId, Optional<RecordingCursor> after) {
    return new RecordingQuery(
        meeting.tenantId(),
        Optional.empty(),
        Optional.of(meetingId),
        Optional.empty(),
        Optional.empty(),
        after,
        1);
  }

  private RecordingQuery between(Optional<Instant> from, Optional<Instant> to) {
    return new RecordingQuery(
        meeting.tenantId(), Optional.empty(), Optional.empty(), from, to, Optional.empty(), 10);
  }
}
