package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import br.com.gravacoes.adapters.persistence.testing.TestPersistenceUnit;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.MeetingRepository;
import br.com.gravacoes.application.port.out.MirrorOutbox;
import br.com.gravacoes.application.port.out.MirrorProjectRepository;
import br.com.gravacoes.application.port.out.ProviderEventStore;
import br.com.gravacoes.application.port.out.ReconcileSchedule;
import br.com.gravacoes.application.port.out.RecordingRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JPA repositories on a fresh, migrated database, kept for one test class, then dropped. */
abstract class RepositoryTestBase {

  private static TestDatabase database;
  static TestPersistenceUnit unit;
  static RecordingRepository recordings;
  static MeetingRepository meetings;
  static HmsCredentialsRepository credentials;
  static ProviderEventStore events;
  static ReconcileSchedule schedule;
  static MirrorOutbox outbox;
  static MirrorProjectRepository mirrorProjects;

  @BeforeAll
  static void openRepositories() {
    database = TestDatabase.fresh().migrate();
    unit = TestPersistenceUnit.on(database);
    recordings = unit.transactional(RecordingRepository.class, JpaRecordingRepository::new);
    meetings = unit.transactional(MeetingRepository.class, JpaMeetingRepository::new);
    credentials =
        unit.transactional(HmsCredentialsRepository.class, JpaHmsCredentialsRepository::new);
    events = unit.transactional(ProviderEventStore.class, JpaProviderEventStore::new);
    schedule = unit.transactional(ReconcileSchedule.class, JpaReconcileSchedule::new);
    outbox = unit.transactional(MirrorOutbox.class, JpaMirrorOutbox::new);
    mirrorProjects =
        unit.transactional(MirrorProjectRepository.class, JpaMirrorProjectRepository::new);
  }

  /** Empties a table, for tests whose queries see every row rather than their own rows only. */
  static void deleteAllRows(String table) {
    unit.inTransaction(em -> em.createNativeQuery("DELETE FROM " + table).executeUpdate());
  }

  @AfterAll
  static void closeDatabase() {
    unit.close();
    database.drop();
  }
}
