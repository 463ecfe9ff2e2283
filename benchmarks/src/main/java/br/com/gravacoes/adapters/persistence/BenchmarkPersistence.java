package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.application.port.out.MeetingRepository;
import br.com.gravacoes.application.port.out.MirrorOutbox;
import br.com.gravacoes.application.port.out.MirrorProjectRepository;
import br.com.gravacoes.application.port.out.RecordingRepository;
import jakarta.persistence.EntityManager;

/**
 * The JPA adapters on a given EntityManager, for the benchmarks: their EntityManager constructors
 * are package-private (the container injects it), so this factory lives in their package, in the
 * benchmarks jar.
 */
public final class BenchmarkPersistence {

  private BenchmarkPersistence() {}

  public static RecordingRepository recordings(EntityManager entityManager) {
    return new JpaRecordingRepository(entityManager);
  }

  public static MeetingRepository meetings(EntityManager entityManager) {
    return new JpaMeetingRepository(entityManager);
  }

  public static MirrorOutbox outbox(EntityManager entityManager) {
    return new JpaMirrorOutbox(entityManager);
  }

  public static MirrorProjectRepository mirrorProjects(EntityManager entityManager) {
    return new JpaMirrorProjectRepository(entityManager);
  }
}
