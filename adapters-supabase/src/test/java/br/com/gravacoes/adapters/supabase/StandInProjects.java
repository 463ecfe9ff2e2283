package br.com.gravacoes.adapters.supabase;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.postgrest.PostgrestStandIn;
import br.com.gravacoes.postgrest.SupabaseProject;
import br.com.gravacoes.postgrest.SupabaseTables;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Three Supabase projects on the PostgREST stand-in, for one test class: one ready for the mirror,
 * one without the {@code gravacoes} table, one whose table lacks {@code thumbnail_url}. Each test
 * starts with the stand-in up, fast and without faults.
 */
abstract class StandInProjects {

  static final SupabaseProject PROJECT = SupabaseProject.withRandomSecret("acme");
  static final SupabaseProject NO_TABLE = SupabaseProject.withRandomSecret("semtabela");
  static final SupabaseProject OLD_TABLE = SupabaseProject.withRandomSecret("antiga");

  static TestDatabase database;
  static DataSource supabase;
  static PostgrestStandIn standIn;

  final SupabaseRecordingMirror mirror =
      new SupabaseRecordingMirror(Duration.ofMillis(500), Duration.ofMillis(1500));

  @BeforeAll
  static void startStandIn() {
    database = TestDatabase.fresh();
    supabase = database.dataSource();
    SupabaseTables.createGravacoes(supabase, PROJECT);
    SupabaseTables.createSchema(supabase, NO_TABLE);
    SupabaseTables.createGravacoes(supabase, OLD_TABLE);
    SupabaseTables.dropColumn(supabase, OLD_TABLE, "gravacoes", "thumbnail_url");
    standIn = PostgrestStandIn.start(supabase);
    standIn.addProject(PROJECT);
    standIn.addProject(NO_TABLE);
    standIn.addProject(OLD_TABLE);
  }

  @AfterAll
  static void stopStandIn() {
    standIn.close();
    database.drop();
  }

  @BeforeEach
  void healthyProject() {
    standIn.up();
    standIn.clearFaults();
    standIn.delay(Duration.ZERO);
  }

  static MirrorProject withKey(SupabaseProject project, String key) {
    return new MirrorProject(standIn.baseUrl(project.ref()), key);
  }

  static MirrorProject project(SupabaseProject project) {
    return withKey(project, project.keys().serviceRoleKey());
  }
}
