package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.HmsCredentialsMissingException;
import br.com.gravacoes.application.port.in.MeetingNotFoundException;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.MeetingRepository;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.TenantId;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** Finds the meeting of a room and its tenant's 100ms credentials, as the seed's steps 1 and 2. */
final class RoomContextLoader {

  private static final Logger LOG = System.getLogger("gravacoes.recording");

  private final MeetingRepository meetings;
  private final HmsCredentialsRepository credentials;

  RoomContextLoader(MeetingRepository meetings, HmsCredentialsRepository credentials) {
    this.meetings = meetings;
    this.credentials = credentials;
  }

  /** The room's meeting, if it belongs to the tenant: another tenant's room does not exist. */
  RoomContext load(RoomId roomId, TenantId tenant) {
    Meeting meeting =
        meetings
            .findByRoomId(roomId)
            .filter(found -> found.tenantId().equals(tenant))
            .orElseThrow(() -> new MeetingNotFoundException(roomId));
    LOG.log(
        Level.INFO,
        "[Recording] Reunião encontrada: {0}, tenant: {1}",
        meeting.id(),
        meeting.tenantId());
    HmsCredentials tenantCredentials =
        credentials
            .findByTenant(meeting.tenantId())
            .orElseThrow(() -> new HmsCredentialsMissingException(meeting.tenantId()));
    return new RoomContext(meeting, tenantCredentials);
  }
}
