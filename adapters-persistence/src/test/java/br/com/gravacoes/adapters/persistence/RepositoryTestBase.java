package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import br.com.gravacoes.adapters.persistence.testing.TestPersistenceUnit;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.MeetingRepository;
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

  @BeforeAll
  static void openRepositories() {
    database = TestDatabase.fresh().migrate();
    unit = TestPersistenceUnit.on(database);
    recordings = unit.transactional(RecordingRepository.class, JpaRecordingRepository::new);
    meetings = unit.transactional(MeetingRepository.class, JpaMeetingRepository::new);
    credentials =
        unit.transactional(HmsCredentialsRepository.class, JpaHmsCredentialsRepository::new);
  }

  @AfterAll
  static void closeDatabase() {
    unit.close();
    database.drop();
  }
}
