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

  @Test
  void givenMeetingsOfTwoTenants_thenFindByTenantGivesOnlyThatTenantsOrderedByTitle() {
    TenantId tenant = new TenantId("tenant-listado");
    Meeting zulu = new Meeting(MeetingId.newId(), tenant, new RoomId("sala-z"), "Zulu");
    Meeting alfa = new Meeting(MeetingId.newId(), tenant, new RoomId("sala-a"), "Alfa");
    meetings.save(zulu);
    meetings.save(alfa);
    meetings.save(
        new Meeting(MeetingId.newId(), new TenantId("tenant-outro"), new RoomId("sala-o"), "Beta"));

    assertThat(meetings.findByTenant(tenant)).containsExactly(alfa, zulu);
    assertThat(meetings.findByTenant(new TenantId("tenant-vazio"))).isEmpty();
  }
}
