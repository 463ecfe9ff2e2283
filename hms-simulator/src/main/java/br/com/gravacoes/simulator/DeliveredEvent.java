package br.com.gravacoes.simulator;

import java.time.Instant;

/**
 * One attempt to deliver a webhook event, for assertions.
 *
 * @param id the event id; a retry, a duplicate or a replay repeats it
 * @param type e.g. {@code beam.recording.success}
 * @param body the JSON exactly as posted
 * @param status the HTTP status the receiver answered, or -1 when it could not be reached in time
 * @param at when the attempt ended
 */
public record DeliveredEvent(
    String id,
    String type,
    String recordingId,
    String roomId,
    String body,
    int status,
    Instant at) {}
