package br.com.gravacoes.postgrest;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One fresh database and one stand-in for a test class, serving project {@link #ALPHA} with the
 * {@code gravacoes} table; faults and counters are cleared, and a stand-in left down brought up,
 * before each test.
 */
abstract class StandInTestBase {

  static final SupabaseProject ALPHA = SupabaseProject.withRandomSecret("alpha");

  static TestDatabase database;
  static DataSource dataSource;
  static PostgrestStandIn standIn;
  static RestClient alpha;

  @BeforeAll
  static void startStandIn() {
    database = TestDatabase.fresh();
    dataSource = database.dataSource();
    SupabaseTables.createGravacoes(dataSource, ALPHA);
    standIn = PostgrestStandIn.start(dataSource);
    standIn.addProject(ALPHA);
    alpha = new RestClient(standIn.baseUrl(ALPHA.ref()), ALPHA.keys().serviceRoleKey());
  }

  @AfterAll
  static void stopStandIn() {
    standIn.close();
    database.drop();
  }

  @BeforeEach
  void clearFaultsAndCounters() {
    standIn.up();
    standIn.clearFaults();
    standIn.resetObservations();
  }

  /** Serves a further project on the same database, its schema prepared by {@code prepare}. */
  static SupabaseProject addProject(String ref, Consumer<SupabaseProject> prepare) {
    SupabaseProject project = SupabaseProject.withRandomSecret(ref);
    prepare.accept(project);
    standIn.addProject(project);
    return project;
  }
}
