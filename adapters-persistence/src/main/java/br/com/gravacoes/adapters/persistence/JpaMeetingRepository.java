package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.application.port.out.MeetingRepository;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Keeps meetings in {@code reunioes} and finds them by their 100ms room or their tenant. */
@ApplicationScoped
public class JpaMeetingRepository implements MeetingRepository {

  // One statement, so two instances saving the same new meeting cannot both try to insert it.
  private static final String UPSERT =
      """
      INSERT INTO reunioes (id, tenant_id, room_id_100ms, titulo) VALUES (?1, ?2, ?3, ?4)
      ON CONFLICT (id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id,
          room_id_100ms = EXCLUDED.room_id_100ms, titulo = EXCLUDED.titulo, updated_at = now()
      """;

  @PersistenceContext(unitName = "gravacoes")
  private EntityManager entityManager;

  protected JpaMeetingRepository() {}

  JpaMeetingRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  @Transactional
  public Optional<Meeting> findByRoomId(RoomId roomId) {
    return entityManager
        .createQuery(
            "SELECT m FROM MeetingJpaEntity m WHERE m.roomId = :roomId", MeetingJpaEntity.class)
        .setParameter("roomId", roomId.value())
        .getResultStream()
        .findFirst()
        .map(MeetingJpaEntity::toDomain);
  }

  @Override
  @Transactional
  public List<Meeting> findByTenant(TenantId tenant) {
    return entityManager
        .createQuery(
            "SELECT m FROM MeetingJpaEntity m WHERE m.tenantId = :tenant"
                + " ORDER BY m.title, m.roomId",
            MeetingJpaEntity.class)
        .setParameter("tenant", tenant.value())
        .getResultStream()
        .map(MeetingJpaEntity::toDomain)
        .toList();
  }

  @Override
  @Transactional
  public void save(Meeting meeting) {
    entityManager
        .createNativeQuery(UPSERT)
        .setParameter(1, meeting.id().value())
        .setParameter(2, meeting.tenantId().value())
        .setParameter(3, meeting.roomId().value())
        .setParameter(4, meeting.title())
        .executeUpdate();
  }
}
