package br.com.gravacoes.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoomIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"room_abc123", "6579ab5c2c1f7a0bb7f0d4f1", "demo-room", "A"})
  void acceptsRoomIdsAs100msAndTheSeedWriteThem(String value) {
    assertThat(new RoomId(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "   ",
        "../etc/passwd",
        "room id",
        "room/1",
        "room?x=1",
        "-room",
        "sala😀",
        "r\n"
      })
  void refusesBlankOrMalformedRoomIds(String value) {
    assertThatThrownBy(() -> new RoomId(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNullAndOverlongRoomIds() {
    assertThatThrownBy(() -> new RoomId(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RoomId("a".repeat(RoomId.MAX_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RoomId("a".repeat(RoomId.MAX_LENGTH)).value()).hasSize(RoomId.MAX_LENGTH);
  }

  @Test
  void aMeetingWithoutTitleIsCalledReuniao() {
    Meeting meeting =
        new Meeting(
            MeetingId.newId(),
            new br.com.gravacoes.domain.tenant.TenantId("t1"),
            new RoomId("r1"),
            " ");
    assertThat(meeting.title()).isEqualTo("Reunião");
  }
}
