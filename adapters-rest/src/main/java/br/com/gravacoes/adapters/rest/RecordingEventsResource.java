package br.com.gravacoes.adapters.rest;

import br.com.gravacoes.adapters.rest.auth.CurrentCaller;
import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.GetRecordingUseCase;
import br.com.gravacoes.application.port.in.RecordingNotFoundException;
import br.com.gravacoes.application.port.in.WatchRecordingsCommand;
import br.com.gravacoes.application.port.in.WatchRecordingsUseCase;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.RecordingId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.util.Optional;

/**
 * The live feed of the caller's recordings as server-sent events: {@code pronto} when connected
 * (and again after the server's feed reconnects: read everything again), {@code gravacao} with the
 * recording as {@code GET /api/gravacoes/{id}} answers it each time one is written, and a {@code :
 * ping} comment every 15 s. {@code ?roomId=} narrows it to one room. The stream ends when the
 * caller's token expires (at the first ping after it): reconnecting needs a valid token.
 */
@Path("/gravacoes/eventos")
@ApplicationScoped
public class RecordingEventsResource {

  private WatchRecordingsUseCase watch;
  private GetRecordingUseCase get;
  private CurrentCaller caller;
  private LiveStreams streams;
  private Clock clock;

  /** For the CDI proxy only. */
  protected RecordingEventsResource() {}

  @Inject
  public RecordingEventsResource(
      WatchRecordingsUseCase watch,
      GetRecordingUseCase get,
      CurrentCaller caller,
      LiveStreams streams,
      Clock clock) {
    this.watch = watch;
    this.get = get;
    this.caller = caller;
    this.streams = streams;
    this.clock = clock;
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void events(
      @QueryParam("roomId") String roomId, @Context SseEventSink sink, @Context Sse sse) {
    Optional<RoomId> room =
        Optional.ofNullable(roomId)
            .map(String::strip)
            .filter(text -> !text.isEmpty())
            .map(RoomIdRequest::roomId);
    Actor actor = caller.actor();
    RecordingEventStream stream =
        new RecordingEventStream(
            sink,
            sse,
            id -> current(actor, id),
            streams.senders(),
            streams::closed,
            caller.expiresAt(),
            clock);
    streams.opened(stream);
    stream.subscribed(watch.watch(new WatchRecordingsCommand(actor, room), stream));
    // After subscribing: a client that reads its state on "pronto" misses no change.
    stream.resync();
  }

  private Optional<String> current(Actor actor, RecordingId id) {
    try {
      return Optional.of(RecordingJson.of(get.get(actor.tenant(), id)).toString());
    } catch (RecordingNotFoundException gone) {
      return Optional.empty();
    }
  }
}
