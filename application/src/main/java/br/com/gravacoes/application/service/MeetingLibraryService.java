package br.com.gravacoes.application.service;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.GetMeetingUseCase;
import br.com.gravacoes.application.port.in.ListMeetingsUseCase;
import br.com.gravacoes.application.port.in.MeetingNotFoundException;
import br.com.gravacoes.application.port.in.MeetingView;
import br.com.gravacoes.application.port.out.MeetingRepository;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.Recording;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the meetings of the caller's tenant with the recording running in each room: another
 * tenant's meeting does not exist for the caller.
 */
public final class MeetingLibraryService implements ListMeetingsUseCase, GetMeetingUseCase {

  private final MeetingRepository meetings;
  private final RecordingRepository recordings;

  public MeetingLibraryService(MeetingRepository meetings, RecordingRepository recordings) {
    this.meetings = meetings;
    this.recordings = recordings;
  }

  @Override
  public List<MeetingView> list(Actor actor) {
    // One query for the tenant's running recordings instead of one per meeting; a room has at most
    // one active recording, and only this tenant's are read.
    Map<RoomId, Recording> active = new HashMap<>();
    for (Recording recording : recordings.findActiveByTenant(actor.tenant())) {
      active.putIfAbsent(recording.roomId(), recording);
    }
    return meetings.findByTenant(actor.tenant()).stream()
        .map(
            meeting ->
                new MeetingView(
                    meeting,
                    Optional.ofNullable(active.get(meeting.roomId()))
                        .filter(recording -> recording.tenantId().equals(meeting.tenantId()))))
        .toList();
  }

  @Override
  public MeetingView get(Actor actor, RoomId roomId) {
    return meetings
        .findByRoomId(roomId)
        .filter(meeting -> meeting.tenantId().equals(actor.tenant()))
        .map(this::view)
        .orElseThrow(() -> new MeetingNotFoundException(roomId));
  }

  private MeetingView view(Meeting meeting) {
    return new MeetingView(
        meeting,
        recordings
            .findActiveByRoom(meeting.roomId())
            .filter(recording -> recording.tenantId().equals(meeting.tenantId())));
  }
}
