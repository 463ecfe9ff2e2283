package br.com.gravacoes.bootstrap;

import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import br.com.gravacoes.adapters.rest.auth.TestJwksServer;
import br.com.gravacoes.adapters.rest.auth.TestTokens;
import br.com.gravacoes.postgrest.PostgrestStandIn;
import br.com.gravacoes.simulator.HmsSimulator;
import br.com.gravacoes.simulator.SimulatorSettings;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the Arquillian suites need before Arquillian reads arquillian.xml: a fresh PostgreSQL
 * database, a 100ms simulator and a PostgREST stand-in (the tenants' Supabase, on a database of its
 * own) and an identity provider's JWKS endpoint on loopback, published as the system properties the
 * Payara Micro JVM is started with. Only for integration tests (failsafe sets gravacoes.it).
 */
public class IntegrationEnvironment implements LauncherSessionListener {

  private static TestDatabase database;
  private static HmsSimulator simulator;
  private static TestDatabase supabaseDatabase;
  private static PostgrestStandIn supabase;
  private static TestJwksServer jwks;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("gravacoes.it")) {
      return;
    }
    database = TestDatabase.fresh();
    simulator = HmsSimulator.start(SimulatorSettings.defaults());
    supabaseDatabase = TestDatabase.fresh();
    supabase = PostgrestStandIn.start(supabaseDatabase.dataSource());
    jwks = TestTokens.startJwksServer();
    System.setProperty("gravacoes.it.auth.jwks-url", jwks.url().toString());
    System.setProperty(
        "gravacoes.it.db.url",
        database.jdbcUrl()
            + "?user="
            + database.user()
            + (database.password().isEmpty() ? "" : "&password=" + database.password()));
    System.setProperty("gravacoes.it.hms.base-url", simulator.apiBaseUrl().toString());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (simulator != null) {
      simulator.close();
    }
    if (supabase != null) {
      supabase.close();
    }
    if (jwks != null) {
      jwks.close();
    }
    if (supabaseDatabase != null) {
      supabaseDatabase.drop();
    }
    if (database != null) {
      database.drop();
    }
  }

  static TestDatabase database() {
    return database;
  }

  static HmsSimulator simulator() {
    return simulator;
  }

  /** The identity provider's JWKS endpoint the service trusts for RS256 and ES256 tokens. */
  static TestJwksServer jwks() {
    return jwks;
  }

  static PostgrestStandIn supabase() {
    return supabase;
  }

  static TestDatabase supabaseDatabase() {
    return supabaseDatabase;
  }
}
