package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.out.AuditAction;
import br.com.gravacoes.application.port.out.AuditEntry;
import br.com.gravacoes.application.port.out.AuditTrail;
import br.com.gravacoes.domain.recording.Recording;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds the audit entry of an actor's action, with details that never hold a secret. */
final class Audits {

  private static final Logger LOG = System.getLogger("gravacoes.audit");

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

  /**
   * Writes the entry. The action has already happened (100ms records, the settings are saved), so a
   * failing write is logged loudly rather than turned into an error that would make the caller
   * repeat an action that succeeded.
   */
  void recordIn(AuditTrail trail) {
    AuditEntry entry = build();
    try {
      trail.record(entry);
    } catch (RuntimeException failure) {
      LOG.log(
          Level.ERROR,
          "[Audit] Não foi possível registrar {0} de {1} no tenant {2}: {3}",
          entry.action().code(),
          entry.userId(),
          entry.tenant(),
          failure.toString());
    }
  }

  private AuditEntry build() {
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
