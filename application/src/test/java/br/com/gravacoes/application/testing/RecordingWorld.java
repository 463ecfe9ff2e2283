package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.service.StartRecordingService;
import br.com.gravacoes.application.service.StopRecordingService;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Clock;

/** One tenant with a meeting and 100ms credentials, over in-memory ports, and both services. */
public final class RecordingWorld {

  public static final RoomId ROOM = new RoomId("room_abc123");
  public static final TenantId TENANT = new TenantId("tenant_xyz");
  public static final HmsCredentials CREDENTIALS =
      new HmsCredentials("access-key", "app-secret", "tpl");

  public final Meeting meeting = new Meeting(MeetingId.newId(), TENANT, ROOM, "Reunião semanal");
  public final InMemoryMeetingRepository meetings = new InMemoryMeetingRepository();
  public final InMemoryHmsCredentialsRepository credentials =
      new InMemoryHmsCredentialsRepository();
  public final InMemoryRecordingRepository recordings = new InMemoryRecordingRepository();
  public final FakeRecordingSessionPort hms = new FakeRecordingSessionPort();
  public final StartRecordingService startService;
  public final StopRecordingService stopService;

  public RecordingWorld() {
    meetings.save(meeting);
    credentials.save(TENANT, CREDENTIALS);
    hms.addApp(CREDENTIALS, ROOM.value());
    Clock clock = Clock.systemUTC();
    startService = new StartRecordingService(meetings, credentials, recordings, hms, clock);
    stopService = new StopRecordingService(meetings, credentials, recordings, hms, clock);
  }
}
