package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.NoActiveRecordingException;
import br.com.gravacoes.application.port.in.RecordingStillStartingException;
import br.com.gravacoes.application.port.in.RecordingStopFailedException;
import br.com.gravacoes.application.port.in.StopRecordingCommand;
import br.com.gravacoes.application.port.in.StopRecordingUseCase;
import br.com.gravacoes.application.port.in.StoppedRecording;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.MeetingRepository;
import br.com.gravacoes.application.port.out.NoRunningRecordingException;
import br.com.gravacoes.application.port.out.RecordingMetrics;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.port.out.SessionProviderException;
import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingStatus;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;

/**
 * Stops the active recording of a room at 100ms, then looks once for its video (as the seed does)
 * and stores the recording as {@code completed} if the video is there, {@code failed} if 100ms says
 * so, and {@code processing} otherwise.
 */
public final class StopRecordingService implements StopRecordingUseCase {

  private static final Logger LOG = System.getLogger("gravacoes.recording");

  private final RoomContextLoader rooms;
  private final RecordingRepository recordings;
  private final RecordingSessionPort sessions;
  private final RecordingOutcomeInspector inspector;
  private final AuditTrail audit;
  private final RecordingMetrics metrics;
  private final Clock clock;

  public StopRecordingService(
      MeetingRepository meetings,
      HmsCredentialsRepository credentials,
      RecordingRepository recordings,
      RecordingSessionPort sessions,
      AuditTrail audit,
      RecordingMetrics metrics,
      Clock clock) {
    this.rooms = new RoomContextLoader(meetings, credentials);
    this.recordings = recordings;
    this.sessions = sessions;
    this.inspector = new RecordingOutcomeInspector(sessions);
    this.audit = audit;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public StoppedRecording stop(StopRecordingCommand command) {
    RoomId roomId = command.roomId();
    LOG.log(Level.INFO, "[Recording] Parando gravação para roomId: {0}", roomId);
    RoomContext room = rooms.load(roomId, command.actor().tenant());
    Recording active =
        recordings
            .findActiveByRoom(roomId)
            .orElseThrow(() -> new NoActiveRecordingException(roomId));
    if (!active.isStartConfirmed()) {
      // Stopping now could reach 100ms before the start does and leave that start running.
      throw new RecordingStillStartingException();
    }

    ProviderStop stopped = stopAtProvider(room, active);
    Recording next =
        inspector
            .afterStop(room.credentials(), active, clock.instant(), stopped.stoppedHere())
            .stoppedBy(command.actor().userId());
    if (recordings.update(next, RecordingStatus.RECORDING)) {
      LifecycleCounts.stored(metrics, active, next);
    } else {
      // Someone got there first: usually 100ms's own webhook for this very stop, or a second
      // click. The recording is stopped either way; answer with what is stored now.
      next =
          recordings
              .findById(active.id())
              .filter(stored -> !stored.isActive())
              .orElseThrow(() -> new NoActiveRecordingException(roomId));
    }
    LOG.log(
        Level.INFO,
        "[Recording] Gravação {0} parada, status: {1}",
        next.id(),
        next.status().code());
    Audits.entry(command.actor(), AuditAction.RECORDING_STOPPED, clock.instant(), next)
        .with("status", next.status().code())
        .recordIn(audit);
    return new StoppedRecording(next, stopped.recordings());
  }

  /**
   * Stops the room at 100ms and says whether anything was running there. A room stop answered "beam
   * not found" is checked with a stop of the recording itself, since 100ms has been seen to answer
   * so while the recording still ran; left running, it would record with no active row here and
   * block the room's next start.
   */
  private ProviderStop stopAtProvider(RoomContext room, Recording active) {
    RoomId roomId = active.roomId();
    try {
      List<SessionRecording> stopped = sessions.stopRoom(room.credentials(), roomId);
      LOG.log(
          Level.INFO,
          "[Recording] Gravação parada: {0}",
          stopped.stream().map(SessionRecording::id).toList());
      return new ProviderStop(stopped, !stopped.isEmpty());
    } catch (NoRunningRecordingException notFoundInRoom) {
      return stopByRecordingId(room, active);
    } catch (SessionProviderException failure) {
      LOG.log(Level.WARNING, "[Recording] Erro ao parar: {0}", failure.getMessage());
      throw new RecordingStopFailedException(failure.getMessage(), failure);
    }
  }

  private ProviderStop stopByRecordingId(RoomContext room, Recording active) {
    try {
      sessions.stopRecording(room.credentials(), active.hmsRecordingId());
      LOG.log(
          Level.WARNING,
          "[Recording] 100ms não achou gravação na sala {0}, mas a gravação {1} ainda rodava:"
              + " parada pelo id",
          active.roomId(),
          active.hmsRecordingId());
      return new ProviderStop(List.of(), true);
    } catch (NoRunningRecordingException alreadyEnded) {
      LOG.log(
          Level.INFO,
          "[Recording] 100ms não tem gravação ativa em {0}: já terminou por lá",
          active.roomId());
      return ProviderStop.NOTHING;
    } catch (SessionProviderException unknown) {
      // Whether it still runs is unknown: the reconciler asks again and stops it if so.
      LOG.log(
          Level.WARNING,
          "[Recording] Gravação {0} não confirmada como parada no 100ms: {1}",
          active.hmsRecordingId(),
          unknown.getMessage());
      return ProviderStop.NOTHING;
    }
  }

  /** What a stop did at 100ms: the recordings a room stop reported, and whether one was running. */
  private record ProviderStop(List<SessionRecording> recordings, boolean stoppedHere) {
    static final ProviderStop NOTHING = new ProviderStop(List.of(), false);
  }
}
