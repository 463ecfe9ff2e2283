package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.RecordingAlreadyActiveException;
import br.com.gravacoes.application.port.in.RecordingStartFailedException;
import br.com.gravacoes.application.port.in.StartRecordingCommand;
import br.com.gravacoes.application.port.in.StartRecordingUseCase;
import br.com.gravacoes.application.port.in.StartedRecording;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.MeetingRepository;
import br.com.gravacoes.application.port.out.NoRunningRecordingException;
import br.com.gravacoes.application.port.out.RecordingAlreadyRunningException;
import br.com.gravacoes.application.port.out.RecordingMetrics;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.application.port.out.RecordingSessionPort;
import br.com.gravacoes.application.port.out.SessionProviderException;
import br.com.gravacoes.application.port.out.SessionProviderTimeoutException;
import br.com.gravacoes.application.port.out.SessionRecording;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;

/**
 * Starts a recording in three short steps, so that neither side can be left recording alone:
 *
 * <ol>
 *   <li>claim the room: insert the recording as active; the database refuses a second active
 *       recording of the room, so a double click reaches 100ms only once;
 *   <li>ask 100ms to start (adopting the recording already running there, if 100ms says so or if
 *       the start failed in a way that may hide a success, such as a timeout);
 *   <li>store the 100ms ids. If 100ms fails, the claim is removed; if storing fails, the 100ms
 *       recording is stopped again.
 * </ol>
 */
public final class StartRecordingService implements StartRecordingUseCase {

  private static final Logger LOG = System.getLogger("gravacoes.recording");

  private final RoomContextLoader rooms;
  private final RecordingRepository recordings;
  private final RecordingSessionPort sessions;
  private final AuditTrail audit;
  private final RecordingMetrics metrics;
  private final Clock clock;

  public StartRecordingService(
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
    this.audit = audit;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public StartedRecording start(StartRecordingCommand command) {
    RoomId roomId = command.roomId();
    LOG.log(Level.INFO, "[Recording] Iniciando gravação para roomId: {0}", roomId);
    RoomContext room = rooms.load(roomId, command.actor().tenant());

    Recording claim =
        claimRoom(
            Recording.begin(
                RecordingId.newId(), room.meeting(), command.actor().userId(), clock.instant()));
    LOG.log(
        Level.INFO, "[Recording] Iniciando gravação SFU (Server-Side) para roomId: {0}", roomId);
    SessionRecording started = startAtProvider(room, claim, true);
    Recording confirmed = storeConfirmation(room, claim, started);
    LOG.log(
        Level.INFO,
        "[Recording] Gravação iniciada com sucesso: '{' id: ''{0}'', session_id: ''{1}'' '}'",
        started.id(),
        started.sessionId());
    Audits.entry(command.actor(), AuditAction.RECORDING_STARTED, confirmed.updatedAt(), confirmed)
        .with("recordingId100ms", started.id())
        .recordIn(audit);
    return new StartedRecording(confirmed, started);
  }

  private Recording claimRoom(Recording claim) {
    if (recordings.insertIfRoomIdle(claim)) {
      return claim;
    }
    LOG.log(Level.INFO, "[Recording] Já existe gravação ativa para roomId: {0}", claim.roomId());
    throw new RecordingAlreadyActiveException(
        recordings.findActiveByRoom(claim.roomId()).orElse(null));
  }

  private SessionRecording startAtProvider(
      RoomContext room, Recording claim, boolean mayReplaceStale) {
    try {
      return sessions.start(room.credentials(), claim.roomId());
    } catch (RecordingAlreadyRunningException alreadyRunning) {
      return adoptRunning(room, claim, mayReplaceStale);
    } catch (SessionProviderTimeoutException unknownOutcome) {
      // 100ms may still perform this start: keep the claim, so the reconciler adopts the
      // recording if it appears and removes the claim if it does not. Nothing is left alone.
      LOG.log(
          Level.WARNING,
          "[Recording] Erro: 100ms não respondeu; a reserva {0} aguarda confirmação",
          claim.id());
      throw new RecordingStartFailedException(
          unknownOutcome.getMessage()
              + "; a gravação será confirmada ou descartada automaticamente",
          unknownOutcome);
    } catch (SessionProviderException failure) {
      throw startFailed(claim, failure);
    } catch (RuntimeException unexpected) {
      releaseClaim(claim);
      throw unexpected;
    }
  }

  private RecordingStartFailedException startFailed(
      Recording claim, SessionProviderException failure) {
    releaseClaim(claim);
    LOG.log(
        Level.WARNING, "[Recording] Erro: 100ms não iniciou a gravação: {0}", failure.getMessage());
    return new RecordingStartFailedException(failure.getMessage(), failure);
  }

  /**
   * 100ms already records the room (started elsewhere, or by a request that died): adopt it. A
   * recording that already has its row here was stopped here and still runs at 100ms (its stop got
   * lost there): adopting it would give one 100ms recording two rows, so it is stopped again and
   * the start tried once more.
   */
  private SessionRecording adoptRunning(
      RoomContext room, Recording claim, boolean mayReplaceStale) {
    SessionRecording running;
    boolean stale;
    try {
      running =
          sessions
              .findRunning(room.credentials(), claim.roomId())
              .orElseThrow(
                  () ->
                      new RecordingStartFailedException(
                          "O 100ms informou uma gravação em andamento, mas ela não foi encontrada",
                          null));
      stale = recordings.findByHmsRecordingId(running.id()).isPresent();
      if (stale && !mayReplaceStale) {
        throw new RecordingStartFailedException(
            "O 100ms ainda está encerrando a gravação anterior; tente novamente em instantes",
            null);
      }
      if (stale) {
        stopStale(room, running);
      }
    } catch (SessionProviderException | RecordingStartFailedException failure) {
      releaseClaim(claim);
      throw failure instanceof RecordingStartFailedException started
          ? started
          : new RecordingStartFailedException(failure.getMessage(), failure);
    }
    if (stale) {
      return startAtProvider(room, claim, false);
    }
    LOG.log(
        Level.INFO,
        "[Recording] 100ms já gravava roomId {0}; adotando a gravação {1}",
        claim.roomId(),
        running.id());
    return running;
  }

  private void stopStale(RoomContext room, SessionRecording stale) {
    LOG.log(
        Level.WARNING,
        "[Recording] Gravação {0} já parada aqui ainda rodava no 100ms em {1}: parando antes de"
            + " iniciar outra",
        stale.id(),
        stale.roomId());
    try {
      sessions.stopRecording(room.credentials(), stale.id());
    } catch (NoRunningRecordingException alreadyStopped) {
      LOG.log(Level.INFO, "[Recording] Gravação {0} já estava parada no 100ms", stale.id());
    }
  }

  private Recording storeConfirmation(RoomContext room, Recording claim, SessionRecording started) {
    Recording confirmed = claim.confirmStart(started.sessionId(), started.id(), clock.instant());
    boolean stored;
    try {
      stored = recordings.update(confirmed, RecordingStatus.RECORDING);
    } catch (RuntimeException storageFailure) {
      undoProviderStart(room, started);
      releaseClaim(claim);
      throw storageFailure;
    }
    if (!stored) {
      // A stop arrived while 100ms was starting: honour it rather than leave 100ms recording.
      undoProviderStart(room, started);
      throw new RecordingStartFailedException(
          "A gravação foi parada enquanto o 100ms a iniciava", null);
    }
    LifecycleCounts.stored(metrics, claim, confirmed);
    return confirmed;
  }

  private void undoProviderStart(RoomContext room, SessionRecording started) {
    try {
      sessions.stopRecording(room.credentials(), started.id());
      LOG.log(
          Level.WARNING,
          "[Recording] Gravação {0} parada no 100ms: não foi possível registrá-la",
          started.id());
    } catch (NoRunningRecordingException alreadyStopped) {
      LOG.log(Level.INFO, "[Recording] Gravação {0} já estava parada no 100ms", started.id());
    } catch (SessionProviderException failure) {
      LOG.log(
          Level.ERROR,
          "[Recording] Erro: gravação {0} não registrada e não parada no 100ms: {1}",
          started.id(),
          failure.getMessage());
    }
  }

  private void releaseClaim(Recording claim) {
    try {
      recordings.deleteUnconfirmed(claim.id());
    } catch (RuntimeException failure) {
      LOG.log(
          Level.ERROR,
          "[Recording] Erro: reserva {0} da sala {1} não removida: {2}",
          claim.id(),
          claim.roomId(),
          failure.getMessage());
    }
  }
}
