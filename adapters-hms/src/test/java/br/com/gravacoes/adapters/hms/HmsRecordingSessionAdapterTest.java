package br.com.gravacoes.adapters.hms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.out.NoRunningRecordingException;
import br.com.gravacoes.application.port.out.PlaybackUrl;
import br.com.gravacoes.application.port.out.RecordingAlreadyRunningException;
import br.com.gravacoes.application.port.out.SessionAsset;
import br.com.gravacoes.application.port.out.SessionProviderRejectedException;
import br.com.gravacoes.application.port.out.SessionProviderTimeoutException;
import br.com.gravacoes.application.port.out.SessionProviderUnavailableException;
import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.application.port.out.SessionRecordingStatus;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.simulator.SimulatedOperation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 100ms adapter against the simulator over real HTTP: tokens, translations and failures. */
class HmsRecordingSessionAdapterTest extends SimulatedApp {

  @Test
  void startsARecordingAndReportsIts100msIds() {
    SessionRecording started = hms.start(APP, ROOM);

    assertThat(started.id()).isNotBlank();
    assertThat(started.sessionId()).isNotBlank();
    assertThat(started.roomId()).isEqualTo(ROOM.value());
    assertThat(started.status()).isEqualTo(SessionRecordingStatus.STARTING);
    assertThat(started.createdAt()).isNotNull();
    assertThat(simulator.runningRecordings(ROOM.value()))
        .extracting(r -> r.id())
        .containsExactly(started.id());
  }

  @Test
  void aSecondStartIsBeamAlreadyStarted_andTheRunningOneCanBeFound() {
    SessionRecording first = hms.start(APP, ROOM);

    assertThatThrownBy(() -> hms.start(APP, ROOM))
        .isInstanceOf(RecordingAlreadyRunningException.class);
    assertThat(hms.findRunning(APP, ROOM)).map(SessionRecording::id).contains(first.id());
  }

  @Test
  void stoppingTheRoomStopsItsRecording_andThenNothingIsRunning() {
    SessionRecording started = hms.start(APP, ROOM);

    List<SessionRecording> stopped = hms.stopRoom(APP, ROOM);

    assertThat(stopped).extracting(SessionRecording::id).containsExactly(started.id());
    assertThat(stopped.get(0).status()).isEqualTo(SessionRecordingStatus.STOPPING);
    assertThat(hms.findRunning(APP, ROOM)).isEmpty();
    assertThatThrownBy(() -> hms.stopRoom(APP, ROOM))
        .isInstanceOf(NoRunningRecordingException.class);
  }

  @Test
  void aStoppedRecordingHasAPlayableVideoWithAFreshUrl() throws Exception {
    SessionRecording started = hms.start(APP, ROOM);
    hms.stopRoom(APP, ROOM);

    SessionRecording done = hms.getRecording(APP, started.id());
    SessionAsset video = done.playableVideo().orElseThrow();
    Instant before = Instant.now();
    PlaybackUrl url = hms.playbackUrl(APP, video.id());

    assertThat(done.status()).isEqualTo(SessionRecordingStatus.COMPLETED);
    assertThat(video.sizeBytes()).isPositive();
    assertThat(video.durationSeconds()).isPositive();
    assertThat(url.expiresAt()).isBetween(before.plusSeconds(3590), before.plusSeconds(3610));
    HttpResponse<byte[]> file =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url.url())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).hasSize(video.sizeBytes().intValue());
  }

  @Test
  void stoppingOneRecordingById() {
    SessionRecording started = hms.start(APP, ROOM);

    hms.stopRecording(APP, started.id());

    assertThat(simulator.runningRecordings(ROOM.value())).isEmpty();
  }

  @Test
  void aWrongSecretIsRefusedBy100ms() {
    HmsCredentials forged =
        new HmsCredentials(APP.appAccessKey(), "not-the-secret-but-long-enough-to-sign", null);

    assertThatThrownBy(() -> hms.start(forged, ROOM))
        .isInstanceOfSatisfying(
            SessionProviderRejectedException.class, e -> assertThat(e.status()).isEqualTo(401))
        .hasMessageContaining("credenciais");
    assertThat(simulator.recordings()).isEmpty();
  }

  @Test
  void aRoomOfAnotherAppIsForbidden() {
    assertThatThrownBy(() -> hms.start(APP, new RoomId("room_of_someone_else")))
        .isInstanceOfSatisfying(
            SessionProviderRejectedException.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void aRefusedTokenIsRenewedAndTheCallRetriedOnce() {
    // The first token is issued by a clock an hour ahead: 100ms refuses it as not yet valid
    // while our cache believes it good for a day, so only invalidating and renewing succeeds.
    Clock aheadOnce = new StaleOnceClock(Duration.ofHours(-1));
    HmsRecordingSessionAdapter renewing =
        new HmsRecordingSessionAdapter(
            new HmsRecordingClient(
                simulator.apiBaseUrl(),
                Duration.ofSeconds(1),
                Duration.ofMillis(800),
                3600,
                aheadOnce));

    assertThat(renewing.start(APP, ROOM).id()).isNotBlank();
  }

  @Test
  void aRunningRecordingIsFoundEvenBehindALongHistory() {
    for (int i = 0; i < 12; i++) {
      hms.start(APP, ROOM);
      hms.stopRoom(APP, ROOM);
    }
    SessionRecording running = hms.start(APP, ROOM);

    assertThat(hms.findRunning(APP, ROOM)).map(SessionRecording::id).contains(running.id());
  }

  @Test
  void a5xxMeans100msIsUnavailable() {
    simulator.faults().failNext(SimulatedOperation.START, 1, 503);

    assertThatThrownBy(() -> hms.start(APP, ROOM))
        .isInstanceOf(SessionProviderUnavailableException.class)
        .hasMessageContaining("503");
    assertThat(simulator.recordings()).isEmpty();
  }

  @Test
  void aSlow100msTimesOut() {
    simulator.faults().hangNext(SimulatedOperation.GET_RECORDING, 1, Duration.ofSeconds(3));

    assertThatThrownBy(() -> hms.getRecording(APP, "abc"))
        .isInstanceOf(SessionProviderTimeoutException.class)
        .hasMessage("O 100ms não respondeu a tempo");
  }

  @Test
  void anUnreachable100msIsUnavailable() {
    HmsRecordingSessionAdapter nowhere = adapterFor(URI.create("http://127.0.0.1:1/v2"));

    assertThatThrownBy(() -> nowhere.start(APP, ROOM))
        .isInstanceOf(SessionProviderUnavailableException.class)
        .hasMessage("Não foi possível conectar ao 100ms");
  }
}
