package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.CredentialsCheck;
import br.com.gravacoes.application.port.out.NoRunningRecordingException;
import br.com.gravacoes.application.port.out.PlaybackUrl;
import br.com.gravacoes.application.port.out.RecordingAlreadyRunningException;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.port.out.SessionAsset;
import br.com.gravacoes.application.port.out.SessionProviderException;
import br.com.gravacoes.application.port.out.SessionProviderRejectedException;
import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.application.port.out.SessionRecordingStatus;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 100ms in memory, with its rules: credentials must match a known app, rooms must belong to it, one
 * running recording per room (a second start is refused as "beam already started"), a stop with
 * nothing running is "beam not found". Failures can be queued per operation.
 */
public class FakeRecordingSessionPort implements RecordingSessionPort {

  /** The calls that can be made to fail. */
  public enum Operation {
    START,
    FIND_RUNNING,
    STOP_ROOM,
    STOP_RECORDING,
    GET_RECORDING,
    PLAYBACK_URL,
    CHECK_CREDENTIALS
  }

  private final Map<String, String> secrets = new HashMap<>();
  private final Set<String> rooms = new HashSet<>();
  private final Map<String, SessionRecording> recordings = new HashMap<>();
  private final ScriptedFaults faults = new ScriptedFaults();
  private final AtomicInteger sequence = new AtomicInteger();
  private boolean assetsReadyAtStop;
  private boolean failAtStop;
  private boolean vagueRefusals;

  public synchronized void addApp(HmsCredentials credentials, String... roomIds) {
    secrets.put(credentials.appAccessKey(), credentials.appSecret());
    for (String room : roomIds) {
      rooms.add(credentials.appAccessKey() + "/" + room);
    }
  }

  public synchronized void assetsReadyAtStop(boolean ready) {
    this.assetsReadyAtStop = ready;
  }

  public synchronized void recordingsFailAtStop(boolean fail) {
    this.failAtStop = fail;
  }

  public synchronized void failNext(Operation operation, SessionProviderException failure) {
    faults.failNext(operation, failure);
  }

  /** The next start is performed, but its answer is lost (a timeout after 100ms acted). */
  public synchronized void loseNextStartAnswer(SessionProviderException failure) {
    faults.loseNextStartAnswer(failure);
  }

  /** Runs {@code action} just before the next room stop, to stage a race. */
  public synchronized void beforeNextStopRoom(Runnable action) {
    faults.beforeNext(Operation.STOP_ROOM, action);
  }

  /** Runs {@code action} just before the next recording lookup (say, to let time pass). */
  public synchronized void beforeNextGetRecording(Runnable action) {
    faults.beforeNext(Operation.GET_RECORDING, action);
  }

  /** The next start fails with something that is not a provider error (a malformed answer). */
  public synchronized void breakNextStart(RuntimeException failure) {
    faults.breakNextStart(failure);
  }

  /** A recording started at 100ms by someone else (another service, the dashboard). */
  public synchronized SessionRecording startElsewhere(HmsCredentials credentials, RoomId roomId) {
    return start(credentials, roomId);
  }

  @Override
  public synchronized SessionRecording start(HmsCredentials credentials, RoomId roomId) {
    check(Operation.START, credentials, roomId.value());
    faults.throwIfStartBreaks();
    if (running(roomId.value()).isPresent()) {
      throw new RecordingAlreadyRunningException("beam already started");
    }
    int n = sequence.incrementAndGet();
    Instant now = Instant.now();
    SessionRecording recording =
        new SessionRecording(
            "rec_" + n,
            roomId.value(),
            "sess_" + n,
            SessionRecordingStatus.RUNNING,
            now,
            now,
            null,
            now,
            List.of(),
            null);
    recordings.put(recording.id(), recording);
    faults.throwIfStartAnswerLost();
    return withStatus(recording, SessionRecordingStatus.STARTING, null, List.of());
  }

  @Override
  public synchronized Optional<SessionRecording> findRunning(
      HmsCredentials credentials, RoomId roomId) {
    check(Operation.FIND_RUNNING, credentials, roomId.value());
    return running(roomId.value());
  }

  @Override
  public synchronized List<SessionRecording> stopRoom(HmsCredentials credentials, RoomId roomId) {
    check(Operation.STOP_ROOM, credentials, roomId.value());
    faults.runBefore(Operation.STOP_ROOM);
    SessionRecording running =
        running(roomId.value())
            .orElseThrow(() -> new NoRunningRecordingException("beam not found"));
    return List.of(stopNow(running));
  }

  @Override
  public synchronized void stopRecording(HmsCredentials credentials, String recordingId) {
    SessionRecording recording = recordings.get(recordingId);
    check(Operation.STOP_RECORDING, credentials, recording == null ? null : recording.roomId());
    if (recording == null || !recording.status().isRunning()) {
      throw new NoRunningRecordingException("beam not found");
    }
    stopNow(recording);
  }

  @Override
  public synchronized SessionRecording getRecording(
      HmsCredentials credentials, String recordingId) {
    faults.runBefore(Operation.GET_RECORDING);
    SessionRecording recording = recordings.get(recordingId);
    check(Operation.GET_RECORDING, credentials, recording == null ? null : recording.roomId());
    if (recording == null) {
      throw new SessionProviderRejectedException(404, "recording not found");
    }
    return recording;
  }

  @Override
  public synchronized PlaybackUrl playbackUrl(HmsCredentials credentials, String assetId) {
    check(Operation.PLAYBACK_URL, credentials, null);
    return new PlaybackUrl(
        "https://storage.example/" + assetId + ".mp4?sig=1", Instant.now().plusSeconds(3600));
  }

  /** From now on a refused token is refused without saying whether the key or the secret. */
  public synchronized void refuseTokensVaguely() {
    this.vagueRefusals = true;
  }

  /** As 100ms answers a token: unknown access key, then wrong signature, then accepted. */
  @Override
  public synchronized CredentialsCheck checkCredentials(HmsCredentials credentials) {
    faults.throwIfQueued(Operation.CHECK_CREDENTIALS);
    String secret = secrets.get(credentials.appAccessKey());
    if (secret != null && secret.equals(credentials.appSecret())) {
      return CredentialsCheck.ACCEPTED;
    }
    if (vagueRefusals) {
      return CredentialsCheck.REFUSED;
    }
    return secret == null ? CredentialsCheck.UNKNOWN_ACCESS_KEY : CredentialsCheck.WRONG_SECRET;
  }

  /** 100ms stops the room's recording by itself (the last peer left); the video follows. */
  public synchronized SessionRecording endSession(String roomId) {
    SessionRecording running =
        running(roomId).orElseThrow(() -> new IllegalStateException("nothing running"));
    stopNow(running);
    return recordings.get(running.id());
  }

  /** Post-processing of a stopped recording ends: its video now exists. */
  public synchronized SessionAsset finishProcessing(String recordingId) {
    SessionRecording stopped = recordings.get(recordingId);
    SessionAsset video =
        new SessionAsset(
            "asset_" + recordingId,
            "room-composite",
            "completed",
            "s3://bucket/" + recordingId + ".mp4",
            2_048L,
            42);
    recordings.put(
        recordingId,
        withStatus(stopped, SessionRecordingStatus.COMPLETED, stopped.stoppedAt(), List.of(video)));
    return video;
  }

  /** Every recording 100ms has running in the room now. */
  public synchronized List<SessionRecording> runningIn(String roomId) {
    return recordings.values().stream()
        .filter(r -> r.roomId().equals(roomId) && r.status().isRunning())
        .toList();
  }

  public synchronized int startsAccepted() {
    return recordings.size();
  }

  private SessionRecording stopNow(SessionRecording running) {
    Instant now = Instant.now();
    List<SessionAsset> assets = new ArrayList<>();
    SessionRecordingStatus finalStatus = SessionRecordingStatus.POST_PROCESSING;
    if (failAtStop) {
      finalStatus = SessionRecordingStatus.FAILED;
    } else if (assetsReadyAtStop) {
      finalStatus = SessionRecordingStatus.COMPLETED;
      assets.add(
          new SessionAsset(
              "asset_" + running.id(),
              "room-composite",
              "completed",
              "s3://bucket/" + running.id() + ".mp4",
              2_048L,
              42));
    }
    recordings.put(running.id(), withStatus(running, finalStatus, now, assets));
    return withStatus(running, SessionRecordingStatus.STOPPING, now, List.of());
  }

  private Optional<SessionRecording> running(String roomId) {
    return recordings.values().stream()
        .filter(r -> r.roomId().equals(roomId) && r.status().isRunning())
        .findFirst();
  }

  private void check(Operation operation, HmsCredentials credentials, String roomId) {
    faults.throwIfQueued(operation);
    if (!credentials.appSecret().equals(secrets.get(credentials.appAccessKey()))) {
      throw new SessionProviderRejectedException(401, "Token validation error");
    }
    if (roomId != null && !rooms.contains(credentials.appAccessKey() + "/" + roomId)) {
      throw new SessionProviderRejectedException(403, "user does not have required permission");
    }
  }

  private static SessionRecording withStatus(
      SessionRecording r,
      SessionRecordingStatus status,
      Instant stoppedAt,
      List<SessionAsset> assets) {
    return new SessionRecording(
        r.id(),
        r.roomId(),
        r.sessionId(),
        status,
        r.createdAt(),
        r.startedAt(),
        stoppedAt,
        Instant.now(),
        assets,
        stoppedAt == null ? null : "fake-user");
  }
}
