package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.in.Actor;
import br.com.gravacoes.application.service.HandleProviderEventService;
import br.com.gravacoes.application.service.PlaybackService;
import br.com.gravacoes.application.service.ReconcilePolicy;
import br.com.gravacoes.application.service.ReconcileRecordingsService;
import br.com.gravacoes.application.service.RefreshRecordingService;
import br.com.gravacoes.application.service.StartRecordingService;
import br.com.gravacoes.application.service.StopRecordingService;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;

/** One tenant with a meeting and 100ms credentials, over in-memory ports, and both services. */
public final class RecordingWorld {

  public static final RoomId ROOM = new RoomId("room_abc123");
  public static final TenantId TENANT = new TenantId("tenant_xyz");

  /** The tenant's administrator, who starts and stops recordings in these tests. */
  public static final Actor ACTOR = new Actor("admin-1", TENANT, "203.0.113.7");

  public static final HmsCredentials CREDENTIALS =
      new HmsCredentials("access-key", "app-secret", "tpl");

  public final Meeting meeting = new Meeting(MeetingId.newId(), TENANT, ROOM, "Reunião semanal");
  public final InMemoryMeetingRepository meetings = new InMemoryMeetingRepository();
  public final InMemoryHmsCredentialsRepository credentials =
      new InMemoryHmsCredentialsRepository();
  public final InMemoryRecordingRepository recordings = new InMemoryRecordingRepository();
  public final FakeRecordingSessionPort hms = new FakeRecordingSessionPort();
  public final InMemoryProviderEventStore events = new InMemoryProviderEventStore();
  public final InMemoryReconcileSchedule schedule = new InMemoryReconcileSchedule(recordings);
  public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  public final CountingRecordingMetrics metrics = new CountingRecordingMetrics();
  public final MovableClock clock = new MovableClock(Instant.parse("2026-01-12T10:00:00Z"));
  public final ReconcilePolicy policy =
      new ReconcilePolicy(
          10,
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(5),
          Duration.ofSeconds(5),
          Duration.ofMinutes(5),
          Duration.ofMinutes(2),
          Duration.ofHours(6));
  public final StartRecordingService startService;
  public final StopRecordingService stopService;
  public final HandleProviderEventService eventService;
  public final ReconcileRecordingsService reconcileService;
  public final RefreshRecordingService refreshService;
  public final PlaybackService playbackService;

  public RecordingWorld() {
    meetings.save(meeting);
    credentials.save(TENANT, CREDENTIALS);
    hms.addApp(CREDENTIALS, ROOM.value());
    startService =
        new StartRecordingService(meetings, credentials, recordings, hms, audit, metrics, clock);
    stopService =
        new StopRecordingService(meetings, credentials, recordings, hms, audit, metrics, clock);
    eventService = new HandleProviderEventService(events, recordings, metrics, clock);
    reconcileService =
        new ReconcileRecordingsService(
            recordings, credentials, hms, schedule, events, eventService, policy, metrics, clock);
    refreshService =
        new RefreshRecordingService(
            recordings, credentials, hms, policy.abandonedClaimAfter(), audit, metrics, clock);
    playbackService = new PlaybackService(recordings, credentials, hms, clock);
  }
}
