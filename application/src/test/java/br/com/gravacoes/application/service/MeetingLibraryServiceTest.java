package br.com.gravacoes.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.port.in.MeetingNotFoundException;
import br.com.gravacoes.application.port.in.MeetingView;
import br.com.gravacoes.application.port.in.StartRecordingCommand;
import br.com.gravacoes.application.testing.RecordingWorld;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

class MeetingLibraryServiceTest {

  private final RecordingWorld world = new RecordingWorld();
  private final MeetingLibraryService service =
      new MeetingLibraryService(world.meetings, world.recordings);

  @Test
  void givenMeetingsOfTwoTenants_thenTheListHasOnlyTheCallersOrderedByTitle() {
    world.meetings.save(
        new Meeting(MeetingId.newId(), RecordingWorld.TENANT, new RoomId("sala-a"), "Anual"));
    world.meetings.save(
        new Meeting(MeetingId.newId(), new TenantId("outro"), new RoomId("sala-b"), "Bem antes"));

    assertThat(service.list(RecordingWorld.ACTOR))
        .extracting(view -> view.meeting().title())
        .containsExactly("Anual", "Reunião semanal");
  }

  @Test
  void givenARecordingRunningInTheRoom_thenTheViewCarriesItUntilItStops() {
    world.startService.start(new StartRecordingCommand(RecordingWorld.ROOM, RecordingWorld.ACTOR));

    MeetingView running = service.get(RecordingWorld.ACTOR, RecordingWorld.ROOM);

    assertThat(running.recording()).isTrue();
    assertThat(running.activeRecording().orElseThrow().roomId()).isEqualTo(RecordingWorld.ROOM);
    assertThat(service.list(RecordingWorld.ACTOR).get(0).recording()).isTrue();
  }

  @Test
  void givenNoRecording_thenTheViewSaysNotRecording() {
    MeetingView idle = service.get(RecordingWorld.ACTOR, RecordingWorld.ROOM);

    assertThat(idle.recording()).isFalse();
    assertThat(idle.meeting()).isEqualTo(world.meeting);
  }

  @Test
  void givenAnotherTenantsRoom_thenItIsNotFound() {
    Actor stranger = new Actor("admin-2", new TenantId("outro"), null);

    assertThatThrownBy(() -> service.get(stranger, RecordingWorld.ROOM))
        .isInstanceOf(MeetingNotFoundException.class);
    assertThatThrownBy(() -> service.get(RecordingWorld.ACTOR, new RoomId("sala-inexistente")))
        .isInstanceOf(MeetingNotFoundException.class);
  }
}
