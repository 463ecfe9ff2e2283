package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.MirroredRecording;
import br.com.gravacoes.application.service.MirrorBacklogService;
import br.com.gravacoes.application.service.MirrorDeliveryService;
import br.com.gravacoes.application.service.MirrorPolicy;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Two tenants, the mirror's outbox, projects and Supabase in memory, and the mirror's services.
 * Jitter is always 0, so a backoff is exactly half its full delay.
 */
public final class MirrorWorld {

  public static final TenantId ACME = new TenantId("acme");
  public static final TenantId GLOBEX = new TenantId("globex");
  public static final MirrorProject ACME_PROJECT =
      new MirrorProject(URI.create("https://acme.supabase.co"), "acme-service-key");
  public static final MirrorProject GLOBEX_PROJECT =
      new MirrorProject(URI.create("https://globex.supabase.co"), "globex-service-key");

  /** 3 changes a request, 4 requests a claim, 60 s lease, circuit open after 3 failures. */
  public static final MirrorPolicy POLICY =
      new MirrorPolicy(
          3,
          Duration.ofSeconds(60),
          Duration.ofSeconds(10),
          4,
          Duration.ofSeconds(1),
          Duration.ofSeconds(60),
          3,
          Duration.ofSeconds(30));

  public final MovableClock clock = new MovableClock(Instant.parse("2026-01-12T10:00:00Z"));
  public final InMemoryMirrorProjectRepository projects = new InMemoryMirrorProjectRepository();
  public final InMemoryMirrorOutbox outbox = new InMemoryMirrorOutbox(projects);
  public final RecordingMirrorDouble mirror = new RecordingMirrorDouble();
  public final MirrorDeliveryService deliveryService;
  public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  public final MirrorBacklogService backlogService;
  private int rooms;

  public MirrorWorld() {
    this(POLICY);
  }

  public MirrorWorld(MirrorPolicy policy) {
    deliveryService = new MirrorDeliveryService(outbox, projects, mirror, policy, () -> 0.0, clock);
    backlogService = new MirrorBacklogService(outbox, audit, clock);
  }

  /** A recording of the tenant, just created here and waiting for the mirror. */
  public MirroredRecording record(TenantId tenant) {
    Instant now = clock.instant();
    MirroredRecording row =
        new MirroredRecording(
            UUID.randomUUID(),
            UUID.randomUUID(),
            tenant.value(),
            "room_" + ++rooms,
            "sess_" + rooms,
            "rec_" + rooms,
            null,
            "recording",
            now,
            null,
            null,
            null,
            null,
            null,
            "{}",
            now,
            now);
    outbox.change(row);
    return row;
  }

  /** The recording moved to {@code status} now; the change waits for the mirror. */
  public MirroredRecording change(MirroredRecording row, String status) {
    Instant now = clock.instant();
    MirroredRecording changed =
        new MirroredRecording(
            row.id(),
            row.meetingId(),
            row.tenantId(),
            row.roomId(),
            row.hmsSessionId(),
            row.hmsRecordingId(),
            "completed".equals(status) ? "asset_" + row.hmsRecordingId() : row.assetId(),
            status,
            row.startedAt(),
            "recording".equals(status) ? null : now,
            row.durationSeconds(),
            "completed".equals(status) ? "s3://bucket/" + row.hmsRecordingId() + ".mp4" : null,
            row.fileSizeBytes(),
            row.thumbnailUrl(),
            row.metadataJson(),
            row.createdAt(),
            now);
    outbox.change(changed);
    return changed;
  }

  public static RecordingId idOf(MirroredRecording row) {
    return new RecordingId(row.id());
  }
}
