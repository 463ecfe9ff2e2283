package br.com.gravacoes.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseMigratorTest {

  private final Logger logger = Logger.getLogger(DatabaseMigrator.class.getName());
  private final List<String> logLines = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
          logLines.add(new SimpleFormatter().formatMessage(logRecord));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private TestDatabase database;

  @BeforeEach
  void captureLog() {
    database = TestDatabase.fresh();
    logger.addHandler(capture);
  }

  @AfterEach
  void releaseLog() {
    logger.removeHandler(capture);
    database.drop();
  }

  @Test
  void givenAnEmptyDatabase_whenTheApplicationStarts_thenItIsMigratedAndTheLogSaysHowFar() {
    DatabaseMigrator migrator = new DatabaseMigrator(database.dataSource());

    migrator.onStart(new Object());
    migrator.onStart(new Object());

    assertThat(logLines)
        .containsExactly(
            "[Database] Migrações aplicadas: 6, versão: 6",
            "[Database] Migrações aplicadas: 0, versão: 6");
  }
}
