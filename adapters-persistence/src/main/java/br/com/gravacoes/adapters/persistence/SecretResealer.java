package br.com.gravacoes.adapters.persistence;

import br.com.gravacoes.adapters.persistence.crypto.SecretCipher;
import br.com.gravacoes.adapters.persistence.crypto.SecretKeyRing;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Brings every stored secret under the active key as the application starts: seals the values
 * stored in plain text (before encryption existed, or typed into the table by hand) and re-seals
 * those sealed with another key, so an old key can be removed once this has run. Logs counts, never
 * values.
 */
@ApplicationScoped
public class SecretResealer {

  private static final Logger LOG = System.getLogger(SecretResealer.class.getName());

  @Inject SecretSettings settings;

  private DataSource dataSource;

  protected SecretResealer() {}

  /**
   * After the schema migration ({@link DatabaseMigrator}, at {@code PLATFORM_BEFORE}) and before
   * anything that reads or writes secrets at startup. Malformed keys fail the deployment here.
   */
  void onStart(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10)
          @Initialized(ApplicationScoped.class)
          Object event) {
    Optional<SecretKeyRing> ring = settings.ring();
    for (ResealReport report : reseal(dataSource(), ring.map(SecretCipher::new).orElse(null))) {
      log(report, ring);
    }
  }

  /**
   * Seals or re-seals, with the active key of {@code cipher}, every value of every secret column
   * that needs it. Each row is written only if it still holds what was read, so a value saved
   * meanwhile is never overwritten. With no cipher, only counts what stays in plain text.
   */
  static List<ResealReport> reseal(DataSource dataSource, SecretCipher cipher) {
    List<ResealReport> reports = new ArrayList<>();
    try {
      for (SecretColumn column : SecretColumn.values()) {
        reports.add(new ColumnResealer(dataSource, column, cipher).run());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not re-seal the stored secrets", e);
    }
    return reports;
  }

  private static void log(ResealReport report, Optional<SecretKeyRing> ring) {
    if (ring.isEmpty()) {
      if (report.plainText() > 0 || report.unreadable() > 0) {
        LOG.log(
            Level.WARNING,
            "[Crypto] "
                + StoredSecrets.NO_KEY
                + ": {0}: {1} segredo(s) em texto puro, {2} cifrado(s)"
                + " que não podem ser abertos",
            report.column(),
            report.plainText(),
            report.unreadable());
      }
      return;
    }
    LOG.log(
        report.unreadable() > 0 ? Level.WARNING : Level.INFO,
        "[Crypto] {0}: {1} cifrado(s) agora (estavam em texto puro), {2} recifrado(s) com a chave"
            + " ativa {3}, {4} já com ela, {5} que nenhuma chave configurada abre",
        report.column(),
        report.sealed(),
        report.resealed(),
        ring.get().activeKeyId(),
        report.current(),
        report.unreadable());
  }

  /**
   * Looked up when needed rather than injected with {@code @Resource}: Payara validates resource
   * injection into CDI beans of library jars before it binds the WAR's data sources (see {@link
   * DatabaseMigrator}).
   */
  private DataSource dataSource() {
    if (dataSource == null) {
      try {
        dataSource = InitialContext.doLookup(DatabaseMigrator.DATA_SOURCE);
      } catch (NamingException e) {
        throw new IllegalStateException(
            "data source " + DatabaseMigrator.DATA_SOURCE + " is not defined", e);
      }
    }
    return dataSource;
  }
}
