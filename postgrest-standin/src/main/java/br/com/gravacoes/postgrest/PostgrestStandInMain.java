package br.com.gravacoes.postgrest;

import org.postgresql.ds.PGSimpleDataSource;

/** Runs the stand-in as its own process, for benchmarks and manual tries. */
public final class PostgrestStandInMain {

  private PostgrestStandInMain() {}

  public static void main(String[] args) {
    LaunchOptions options;
    try {
      options = LaunchOptions.parse(System.getenv(), args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(LaunchOptions.USAGE);
      System.exit(2);
      return;
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(options.jdbcUrl());
    options.projects().forEach(project -> SupabaseTables.createGravacoes(dataSource, project));
    PostgrestStandIn standIn = PostgrestStandIn.start(dataSource, options.settings());
    options.projects().forEach(standIn::addProject);
    Runtime.getRuntime().addShutdownHook(new Thread(standIn::close, "postgrest-standin-shutdown"));
    // main returns here; the server's own dispatcher thread is not a daemon and keeps the process
    // up.
    System.out.println("[PostgREST stand-in] ouvindo em " + standIn.origin());
    for (SupabaseProject project : options.projects()) {
      ProjectKeys keys = project.keys();
      System.out.println(
          "[PostgREST stand-in] projeto "
              + project.ref()
              + ": SUPABASE_URL="
              + standIn.baseUrl(project.ref())
              + " (schema "
              + project.schema()
              + ")");
      System.out.println("  service_role key: " + keys.serviceRoleKey());
      System.out.println("  anon key:         " + keys.anonKey());
    }
  }
}
