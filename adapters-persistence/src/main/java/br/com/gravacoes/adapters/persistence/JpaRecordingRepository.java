package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.application.port.out.RecordingPage;
import br.com.gravacoes.application.port.out.RecordingQuery;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.Recording;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.recording.RecordingStatus;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Keeps recordings in {@code gravacoes}. Writes are single native statements so that PostgreSQL,
 * not a read-then-write in Java, decides the races: the partial unique index picks the one active
 * recording of a room, and updates apply only while the stored status is the expected one.
 */
@ApplicationScoped
public class JpaRecordingRepository implements RecordingRepository {

  // ON CONFLICT names the partial index's column and predicate, so only a second *active*
  // recording of the room is skipped; any other conflict (a reused id) still fails loudly.
  // The casts type the parameters that EclipseLink binds as varchar when they are null, so the
  // statements work whatever the data source's stringtype setting.
  private static final String INSERT_IF_ROOM_IDLE =
      """
      INSERT INTO gravacoes (id, reuniao_id, tenant_id, room_id_100ms, session_id_100ms,
          recording_id_100ms, asset_id, status, started_at, stopped_at, duration, file_url,
          file_size, thumbnail_url, metadata, created_at, updated_at)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS timestamptz), CAST(?10 AS timestamptz),
          CAST(?11 AS integer), ?12, CAST(?13 AS bigint), ?14, CAST(?15 AS jsonb),
          CAST(?16 AS timestamptz), CAST(?17 AS timestamptz))
      ON CONFLICT (room_id_100ms) WHERE status = 'recording' DO NOTHING
      """;

  // Once 100ms's recording id is stored it stays: a replacement computed from a copy read before
  // the start was confirmed (without the id) is refused like one with a stale status.
  //
  // The change and its mirror event are one statement, hence one transaction: no change commits
  // without its event, and no event outlives a change that rolled back. The claim inserted above
  // has none: like the seed, which inserts only once 100ms answered, the mirror first hears of a
  // recording when its start is confirmed, and a claim that fails is deleted unseen. The tenant's
  // delivery row is created with its first change (DO NOTHING takes no lock on an existing row).
  private static final String UPDATE_IF_STATUS =
      """
      WITH changed AS (
      UPDATE gravacoes SET session_id_100ms = ?1, recording_id_100ms = ?2, asset_id = ?3,
          status = ?4, started_at = CAST(?5 AS timestamptz), stopped_at = CAST(?6 AS timestamptz),
          duration = CAST(?7 AS integer), file_url = ?8, file_size = CAST(?9 AS bigint),
          thumbnail_url = ?10, metadata = gravacoes.metadata || CAST(?11 AS jsonb), updated_at = CAST(?12 AS timestamptz)
      WHERE id = ?13 AND status = ?14
          AND (recording_id_100ms IS NULL OR recording_id_100ms = CAST(?2 AS text))
      RETURNING id, tenant_id, updated_at),
      tenant AS (
          INSERT INTO espelho_tenants (tenant_id) SELECT tenant_id FROM changed
          ON CONFLICT (tenant_id) DO NOTHING)
      INSERT INTO espelho_eventos (gravacao_id, tenant_id, criado_em)
      SELECT id, tenant_id, updated_at FROM changed
      """;

  private static final String DELETE_UNCONFIRMED =
      "DELETE FROM gravacoes WHERE id = ?1 AND recording_id_100ms IS NULL"
          + " AND status = 'recording'";

  // A room or session may hold several recordings (a restart in one session, or a 100ms id seen
  // twice): the finders then give the newest, the one events most likely speak of.
  private static final String NEWEST_FIRST = " ORDER BY r.createdAt DESC, r.id DESC";

  @PersistenceContext(unitName = "gravacoes")
  private EntityManager entityManager;

  protected JpaRecordingRepository() {}

  JpaRecordingRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  @Transactional
  public boolean insertIfRoomIdle(Recording recording) {
    RecordingJpaEntity row = RecordingMapper.toEntity(recording);
    int inserted =
        entityManager
            .createNativeQuery(INSERT_IF_ROOM_IDLE)
            .setParameter(1, row.id())
            .setParameter(2, row.meetingId())
            .setParameter(3, row.tenantId())
            .setParameter(4, row.roomId())
            .setParameter(5, row.hmsSessionId())
            .setParameter(6, row.hmsRecordingId())
            .setParameter(7, row.assetId())
            .setParameter(8, row.status())
            .setParameter(9, row.startedAt())
            .setParameter(10, row.stoppedAt())
            .setParameter(11, row.durationSeconds())
            .setParameter(12, row.fileUrl())
            .setParameter(13, row.fileSizeBytes())
            .setParameter(14, row.thumbnailUrl())
            .setParameter(15, row.metadata())
            .setParameter(16, row.createdAt())
            .setParameter(17, row.updatedAt())
            .executeUpdate();
    return inserted == 1;
  }

  @Override
  @Transactional
  public boolean update(Recording recording, RecordingStatus expected) {
    RecordingJpaEntity row = RecordingMapper.toEntity(recording);
    int updated =
        entityManager
            .createNativeQuery(UPDATE_IF_STATUS)
            .setParameter(1, row.hmsSessionId())
            .setParameter(2, row.hmsRecordingId())
            .setParameter(3, row.assetId())
            .setParameter(4, row.status())
            .setParameter(5, row.startedAt())
            .setParameter(6, row.stoppedAt())
            .setParameter(7, row.durationSeconds())
            .setParameter(8, row.fileUrl())
            .setParameter(9, row.fileSizeBytes())
            .setParameter(10, row.thumbnailUrl())
            .setParameter(11, row.metadata())
            .setParameter(12, row.updatedAt())
            .setParameter(13, row.id())
            .setParameter(14, expected.code())
            .executeUpdate();
    return updated == 1;
  }

  @Override
  @Transactional
  public void deleteUnconfirmed(RecordingId id) {
    entityManager.createNativeQuery(DELETE_UNCONFIRMED).setParameter(1, id.value()).executeUpdate();
  }

  @Override
  @Transactional
  public Optional<Recording> findById(RecordingId id) {
    return Optional.ofNullable(entityManager.find(RecordingJpaEntity.class, id.value()))
        .map(RecordingMapper::toDomain);
  }

  @Override
  @Transactional
  public Optional<Recording> findActiveByRoom(RoomId roomId) {
    return entityManager
        .createQuery(
            "SELECT r FROM RecordingJpaEntity r WHERE r.roomId = :roomId AND r.status = :status",
            RecordingJpaEntity.class)
        .setParameter("roomId", roomId.value())
        .setParameter("status", RecordingStatus.RECORDING.code())
        .getResultStream()
        .findFirst()
        .map(RecordingMapper::toDomain);
  }

  @Override
  @Transactional
  public List<Recording> findActiveByTenant(TenantId tenant) {
    return entityManager
        .createQuery(
            "SELECT r FROM RecordingJpaEntity r WHERE r.tenantId = :tenantId AND r.status = :status",
            RecordingJpaEntity.class)
        .setParameter("tenantId", tenant.value())
        .setParameter("status", RecordingStatus.RECORDING.code())
        .getResultStream()
        .map(RecordingMapper::toDomain)
        .toList();
  }

  @Override
  @Transactional
  public Optional<Recording> findByHmsRecordingId(String hmsRecordingId) {
    return newest(
        entityManager
            .createQuery(
                "SELECT r FROM RecordingJpaEntity r WHERE r.hmsRecordingId = :hmsRecordingId"
                    + NEWEST_FIRST,
                RecordingJpaEntity.class)
            .setParameter("hmsRecordingId", hmsRecordingId));
  }

  @Override
  @Transactional
  public Optional<Recording> findByRoomAndSession(RoomId roomId, String hmsSessionId) {
    List<RecordingJpaEntity> matches =
        entityManager
            .createQuery(
                "SELECT r FROM RecordingJpaEntity r"
                    + " WHERE r.roomId = :roomId AND r.hmsSessionId = :hmsSessionId",
                RecordingJpaEntity.class)
            .setParameter("roomId", roomId.value())
            .setParameter("hmsSessionId", hmsSessionId)
            .setMaxResults(2)
            .getResultList();
    // Two recordings in one session: the event cannot say which, so it names none of them.
    return matches.size() == 1
        ? Optional.of(RecordingMapper.toDomain(matches.get(0)))
        : Optional.empty();
  }

  @Override
  @Transactional
  public RecordingPage search(RecordingQuery query) {
    return RecordingSearch.run(entityManager, query);
  }

  private static Optional<Recording> newest(TypedQuery<RecordingJpaEntity> query) {
    return query.setMaxResults(1).getResultStream().findFirst().map(RecordingMapper::toDomain);
  }
}
