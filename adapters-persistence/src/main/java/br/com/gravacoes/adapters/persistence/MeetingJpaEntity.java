package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.MeetingId;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A row of {@code reunioes}, read only: writes are a native upsert. Its {@code created_at} and
 * {@code updated_at} are the database's own bookkeeping, which the domain does not carry.
 */
@Entity
@Table(name = "reunioes")
class MeetingJpaEntity {

  @Id private UUID id;

  @Column(name = "tenant_id", nullable = false)
  private String tenantId;

  @Column(name = "room_id_100ms", nullable = false)
  private String roomId;

  @Column(name = "titulo", nullable = false)
  private String title;

  protected MeetingJpaEntity() {}

  Meeting toDomain() {
    return new Meeting(new MeetingId(id), new TenantId(tenantId), new RoomId(roomId), title);
  }
}
