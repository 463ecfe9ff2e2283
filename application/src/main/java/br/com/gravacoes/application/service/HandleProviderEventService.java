package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.EventOutcome;
import br.com.gravacoes.application.port.in.HandleProviderEventUseCase;
import br.com.gravacoes.application.port.in.ProviderEvent;
import br.com.gravacoes.application.port.in.ProviderEventType;
import br.com.gravacoes.application.port.out.ProviderEventStore;
import br.com.gravacoes.application.port.out.ProviderEventStore.Seen;
import br.com.gravacoes.application.port.out.RecordingMetrics;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.Recording;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies 100ms events. The event is stored first, by id: a redelivery of a handled event changes
 * nothing, and one whose handling died half-way is handled again (the state machine makes that
 * safe). The recording is matched by its 100ms id, else by room and session.
 */
public final class HandleProviderEventService implements HandleProviderEventUseCase {

  private static final Logger LOG = System.getLogger("gravacoes.webhook");
  private static final int ATTEMPTS = 3;

  private final ProviderEventStore events;
  private final RecordingRepository recordings;
  private final RecordingMetrics metrics;
  private final Clock clock;

  public HandleProviderEventService(
      ProviderEventStore events,
      RecordingRepository recordings,
      RecordingMetrics metrics,
      Clock clock) {
    this.events = events;
    this.recordings = recordings;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public EventOutcome handle(ProviderEvent event) {
    if (event.type() == ProviderEventType.OTHER) {
      return EventOutcome.IGNORED;
    }
    Instant now = clock.instant();
    if (events.register(event, now) == Seen.DONE) {
      return EventOutcome.DUPLICATE;
    }
    Optional<Recording> recording = match(event);
    if (recording.isEmpty()) {
      LOG.log(Level.INFO, "[Webhook] Evento {0} sem gravação local (ainda)", event.id());
      return EventOutcome.UNMATCHED;
    }
    EventOutcome outcome = apply(recording.get(), event, now);
    events.markDone(event.id(), outcome, now);
    LOG.log(
        Level.INFO,
        "[Webhook] {0} ({1}) para a gravação {2}: {3}",
        event.providerType(),
        event.id(),
        recording.get().id(),
        outcome);
    return outcome;
  }

  private Optional<Recording> match(ProviderEvent event) {
    if (event.hmsRecordingId() != null) {
      Optional<Recording> byId = recordings.findByHmsRecordingId(event.hmsRecordingId());
      if (byId.isPresent()) {
        return byId;
      }
    }
    if (event.roomId() == null || event.sessionId() == null) {
      return Optional.empty();
    }
    try {
      return recordings.findByRoomAndSession(new RoomId(event.roomId()), event.sessionId());
    } catch (IllegalArgumentException notARoomOfOurs) {
      return Optional.empty();
    }
  }

  /** Compare-and-set on the status: a concurrent change makes it look again at the new state. */
  private EventOutcome apply(Recording current, ProviderEvent event, Instant now) {
    Recording recording = current;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Recording> next = ProviderEventTransitions.next(recording, event, now);
      if (next.isEmpty()) {
        return EventOutcome.IGNORED;
      }
      if (recordings.update(next.get(), recording.status())) {
        LifecycleCounts.stored(metrics, recording, next.get());
        return EventOutcome.APPLIED;
      }
      Optional<Recording> reread = recordings.findById(recording.id());
      if (reread.isEmpty()) {
        return EventOutcome.IGNORED;
      }
      recording = reread.get();
    }
    return EventOutcome.IGNORED;
  }
}
