package br.com.gravacoes.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

class JpaMeetingRepositoryTest extends RepositoryTestBase {

  @Test
  void givenASavedMeeting_thenItIsFoundByItsRoom() {
    Meeting meeting =
        new Meeting(MeetingId.newId(), new TenantId("tenant-a"), new RoomId("sala-1"), "Reunião");

    meetings.save(meeting);

    assertThat(meetings.findByRoomId(meeting.roomId())).contains(meeting);
    assertThat(meetings.findByRoomId(new RoomId("sala-vazia"))).isEmpty();
  }

  @Test
  void givenAnExistingId_thenSaveUpdatesTenantRoomAndTitle() {
    MeetingId id = MeetingId.newId();
    meetings.save(new Meeting(id, new TenantId("tenant-a"), new RoomId("sala-antiga"), "Antes"));
    Meeting moved = new Meeting(id, new TenantId("tenant-b"), new RoomId("sala-nova"), "Depois");

    meetings.save(moved);

    assertThat(meetings.findByRoomId(moved.roomId())).contains(moved);
    assertThat(meetings.findByRoomId(new RoomId("sala-antiga"))).isEmpty();
  }

  @Test
  void givenAnotherMeetingInTheRoom_thenSaveFails() {
    meetings.save(
        new Meeting(MeetingId.newId(), new TenantId("tenant-a"), new RoomId("sala-dupla"), "A"));
    Meeting second =
        new Meeting(MeetingId.newId(), new TenantId("tenant-a"), new RoomId("sala-dupla"), "B");

    assertThatThrownBy(() -> meetings.save(second)).isInstanceOf(PersistenceException.class);
  }
}
