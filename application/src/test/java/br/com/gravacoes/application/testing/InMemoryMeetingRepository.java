package br.com.gravacoes.application.testing;

import br.com.gravacoes.application.port.out.MeetingRepository;
import br.com.gravacoes.domain.meeting.Meeting;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link MeetingRepository} in memory, keyed by room. */
public class InMemoryMeetingRepository implements MeetingRepository {

  private final Map<RoomId, Meeting> byRoom = new ConcurrentHashMap<>();

  @Override
  public Optional<Meeting> findByRoomId(RoomId roomId) {
    return Optional.ofNullable(byRoom.get(roomId));
  }

  @Override
  public void save(Meeting meeting) {
    byRoom.values().removeIf(existing -> existing.id().equals(meeting.id()));
    byRoom.put(meeting.roomId(), meeting);
  }

  @Override
  public List<Meeting> findByTenant(TenantId tenant) {
    return byRoom.values().stream()
        .filter(meeting -> meeting.tenantId().equals(tenant))
        .sorted(
            Comparator.comparing(Meeting::title).thenComparing(meeting -> meeting.roomId().value()))
        .toList();
  }
}
