package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditEntry;
import br.com.gravacoes.domain.recording.Recording;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds the audit entry of an actor's action, with details that never hold a secret. */
final class Audits {

  private final Actor actor;
  private final AuditAction action;
  private final Instant at;
  private UUID recordingId;
  private UUID meetingId;
  private final Map<String, String> details = new LinkedHashMap<>();

  private Audits(Actor actor, AuditAction action, Instant at) {
    this.actor = actor;
    this.action = action;
    this.at = at;
  }

  static Audits entry(Actor actor, AuditAction action, Instant at) {
    return new Audits(actor, action, at);
  }

  /** An action on a recording: names it and its meeting. */
  static Audits entry(Actor actor, AuditAction action, Instant at, Recording recording) {
    Audits entry = new Audits(actor, action, at);
    entry.recordingId = recording.id().value();
    entry.meetingId = recording.meetingId().value();
    return entry.with("roomId", recording.roomId().value());
  }

  Audits with(String key, String value) {
    if (value != null) {
      details.put(key, value);
    }
    return this;
  }

  AuditEntry build() {
    return new AuditEntry(
        actor.tenant(),
        actor.userId(),
        action,
        at,
        recordingId,
        meetingId,
        actor.address(),
        details);
  }
}
