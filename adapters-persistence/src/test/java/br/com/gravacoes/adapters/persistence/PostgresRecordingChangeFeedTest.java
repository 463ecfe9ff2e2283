package br.com.gravacoes.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import br.com.gravacoes.application.port.out.RecordingChange;
import br.com.gravacoes.application.port.out.RecordingChangeListener;
import br.com.gravacoes.domain.meeting.RoomId;
import br.com.gravacoes.domain.recording.RecordingId;
import br.com.gravacoes.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LISTEN/NOTIFY feed on a real PostgreSQL: writes of any connection are heard in time. */
class PostgresRecordingChangeFeedTest {

  private static TestDatabase database;
  private PostgresRecordingChangeFeed feed;
  private final BlockingQueue<RecordingChange> heard = new LinkedBlockingQueue<>();
  private final AtomicInteger resyncs = new AtomicInteger();

  @BeforeAll
  static void migrate() {
    database = TestDatabase.fresh().migrate();
  }

  @AfterAll
  static void drop() {
    database.drop();
  }

  @BeforeEach
  void listen() throws Exception {
    String url =
        database.jdbcUrl()
            + "?user="
            + database.user()
            + (database.password().isEmpty() ? "" : "&password=" + database.password());
    feed = new PostgresRecordingChangeFeed(url);
    feed.subscribe(
        new RecordingChangeListener() {
          @Override
          public void changed(RecordingChange change) {
            heard.add(change);
          }

          @Override
          public void resync() {
            resyncs.incrementAndGet();
          }
        });
    waitFor(() -> resyncs.get() == 1, 5_000);
  }

  @AfterEach
  void close() {
    feed.close();
  }

  @Test
  void givenARowInsertedThenUpdated_thenEachWriteIsHeardWithinTwoSeconds() throws Exception {
    UUID id = insert("tenant-a", "sala-ouvida");

    RecordingChange inserted = heard.poll(2, TimeUnit.SECONDS);
    assertThat(inserted)
        .isEqualTo(
            new RecordingChange(
                new TenantId("tenant-a"), new RecordingId(id), new RoomId("sala-ouvida"), false));

    execute("UPDATE gravacoes SET status = 'processing' WHERE id = ?", id);

    RecordingChange updated = heard.poll(2, TimeUnit.SECONDS);
    assertThat(updated)
        .isEqualTo(
            new RecordingChange(
                new TenantId("tenant-a"), new RecordingId(id), new RoomId("sala-ouvida"), false));
  }

  @Test
  void givenARowDeleted_thenTheChangeSaysRemoved() throws Exception {
    UUID id = insert("tenant-a", "sala-removida");
    assertThat(heard.poll(2, TimeUnit.SECONDS)).isNotNull();

    execute("DELETE FROM gravacoes WHERE id = ?", id);

    RecordingChange removed = heard.poll(2, TimeUnit.SECONDS);
    assertThat(removed).isNotNull();
    assertThat(removed.recordingId()).isEqualTo(new RecordingId(id));
    assertThat(removed.removed()).isTrue();
  }

  /** The watch narrows to the caller's tenant by this field (WatchRecordingsServiceTest). */
  @Test
  void givenWritesOfTwoTenants_thenEachChangeNamesTheTenantOfItsRow() throws Exception {
    UUID ofB = insert("tenant-b", "sala-de-b");
    UUID ofA = insert("tenant-a", "sala-de-a");

    RecordingChange first = heard.poll(2, TimeUnit.SECONDS);
    RecordingChange second = heard.poll(2, TimeUnit.SECONDS);

    assertThat(first.recordingId()).isEqualTo(new RecordingId(ofB));
    assertThat(first.tenant()).isEqualTo(new TenantId("tenant-b"));
    assertThat(second.recordingId()).isEqualTo(new RecordingId(ofA));
    assertThat(second.tenant()).isEqualTo(new TenantId("tenant-a"));
  }

  @Test
  void givenTheListeningSessionIsKilled_thenItReconnectsResyncsAndHearsAgain() throws Exception {
    int killed =
        queryInt(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                + " WHERE application_name = ? AND datname = current_database()",
            ListenLoop.APPLICATION_NAME);
    assertThat(killed).isEqualTo(1);

    waitFor(() -> resyncs.get() == 2, 5_000);
    UUID id = insert("tenant-a", "sala-depois");

    RecordingChange after = heard.poll(2, TimeUnit.SECONDS);
    assertThat(after).isNotNull();
    assertThat(after.recordingId()).isEqualTo(new RecordingId(id));
  }

  private static UUID insert(String tenant, String room) throws SQLException {
    UUID meeting = UUID.randomUUID();
    UUID recording = UUID.randomUUID();
    try (Connection connection = database.dataSource().getConnection()) {
      try (PreparedStatement statement =
          connection.prepareStatement(
              "INSERT INTO reunioes (id, tenant_id, room_id_100ms, titulo) VALUES (?, ?, ?, 'R')")) {
        statement.setObject(1, meeting);
        statement.setString(2, tenant);
        statement.setString(3, room);
        statement.executeUpdate();
      }
      try (PreparedStatement statement =
          connection.prepareStatement(
              "INSERT INTO gravacoes (id, reuniao_id, tenant_id, room_id_100ms, status)"
                  + " VALUES (?, ?, ?, ?, 'recording')")) {
        statement.setObject(1, recording);
        statement.setObject(2, meeting);
        statement.setString(3, tenant);
        statement.setString(4, room);
        statement.executeUpdate();
      }
    }
    return recording;
  }

  private static void execute(String sql, UUID id) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, id);
      statement.executeUpdate();
    }
  }

  private static int queryInt(String sql, String parameter) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, long millis)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (!condition.getAsBoolean()) {
      assertThat(System.currentTimeMillis()).as("waited %d ms", millis).isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
