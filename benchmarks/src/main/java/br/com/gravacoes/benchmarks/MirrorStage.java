package br.com.gravacoes.benchmarks;

import br.com.gravacoes.adapters.persistence.BenchmarkPersistence;
import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import br.com.gravacoes.adapters.persistence.testing.TestPersistenceUnit;
import br.com.gravacoes.application.port.out.MeetingRepository;
import br.com.gravacoes.application.port.out.MirrorOutbox;
import br.com.gravacoes.application.port.out.MirrorProjectRepository;
import br.com.gravacoes.application.port.out.RecordingRepository;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.postgrest.PostgrestStandIn;
import br.com.gravacoes.postgrest.SupabaseTables;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * One measurement's world, new each time: a fresh, migrated service database behind the real JPA
 * adapters (each call its own transaction, as in the container), and a fresh Supabase database
 * behind the PostgREST stand-in with one project per tenant, configured in {@code supabase_config}.
 */
final class MirrorStage implements AutoCloseable {

  final TestDatabase serviceDatabase;
  final TestPersistenceUnit unit;
  final RecordingRepository recordings;
  final MeetingRepository meetings;
  final MirrorOutbox outbox;
  final MirrorProjectRepository projects;
  final TestDatabase supabaseDatabase;
  final DataSource supabase;
  final PostgrestStandIn standIn;
  final List<BenchTenant> tenants;

  private MirrorStage(int tenantCount) {
    serviceDatabase = TestDatabase.fresh().migrate();
    unit = TestPersistenceUnit.on(serviceDatabase);
    recordings = unit.transactional(RecordingRepository.class, BenchmarkPersistence::recordings);
    meetings = unit.transactional(MeetingRepository.class, BenchmarkPersistence::meetings);
    outbox = unit.transactional(MirrorOutbox.class, BenchmarkPersistence::outbox);
    projects =
        unit.transactional(MirrorProjectRepository.class, BenchmarkPersistence::mirrorProjects);
    supabaseDatabase = TestDatabase.fresh();
    supabase = supabaseDatabase.dataSource();
    standIn = PostgrestStandIn.start(supabase);
    tenants = new ArrayList<>();
    for (int number = 1; number <= tenantCount; number++) {
      BenchTenant tenant = BenchTenant.numbered(number);
      SupabaseTables.createGravacoes(supabase, tenant.project());
      standIn.addProject(tenant.project());
      projects.save(
          tenant.id(),
          new MirrorProject(
              standIn.baseUrl(tenant.project().ref()), tenant.project().keys().serviceRoleKey()));
      tenants.add(tenant);
    }
  }

  static MirrorStage open(int tenantCount) {
    return new MirrorStage(tenantCount);
  }

  long pendingChanges() {
    return count("SELECT count(*) FROM espelho_eventos WHERE estado = 'pendente'");
  }

  long parkedChanges() {
    return count("SELECT count(*) FROM espelho_eventos WHERE estado = 'parado'");
  }

  /** Requests every project received, whatever their answer. */
  long requestsReceived() {
    return tenants.stream().mapToLong(t -> standIn.requestsReceived(t.project().ref())).sum();
  }

  /** Rows every project inserted or updated. */
  long rowsWritten() {
    return tenants.stream().mapToLong(t -> standIn.rowsWritten(t.project().ref())).sum();
  }

  private long count(String sql) {
    return unit.inTransaction(
        em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  @Override
  public void close() {
    standIn.close();
    unit.close();
    serviceDatabase.drop();
    supabaseDatabase.drop();
  }
}
