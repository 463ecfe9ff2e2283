package br.com.gravacoes.adapters.persistence.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code gravacoes} persistence unit outside the container: RESOURCE_LOCAL on a {@link
 * TestDatabase}, with helpers that give each piece of work its own EntityManager and transaction,
 * as {@code @Transactional} and a container-managed EntityManager do in Payara. Needs EclipseLink
 * ({@code org.eclipse.persistence.jpa}) and a JSON-P implementation on the test class path, as this
 * module's pom declares them.
 */
public final class TestPersistenceUnit implements AutoCloseable {

  private final EntityManagerFactory factory;

  private TestPersistenceUnit(EntityManagerFactory factory) {
    this.factory = factory;
  }

  /** Opens the unit on the database, which must already be migrated. */
  public static TestPersistenceUnit on(TestDatabase database) {
    String separator = database.jdbcUrl().contains("?") ? "&" : "?";
    // Same driver setting as the application's data source.
    String url = database.jdbcUrl() + separator + "stringtype=unspecified";
    Map<String, String> overrides =
        Map.of(
            "jakarta.persistence.transactionType",
            "RESOURCE_LOCAL",
            "jakarta.persistence.jtaDataSource",
            "",
            "jakarta.persistence.jdbc.driver",
            "org.postgresql.Driver",
            "jakarta.persistence.jdbc.url",
            url,
            "jakarta.persistence.jdbc.user",
            database.user(),
            "jakarta.persistence.jdbc.password",
            database.password());
    return new TestPersistenceUnit(Persistence.createEntityManagerFactory("gravacoes", overrides));
  }

  /** Runs the work in a new transaction on a new EntityManager; rolls back if it throws. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager entityManager = factory.createEntityManager();
    EntityTransaction transaction = entityManager.getTransaction();
    try {
      transaction.begin();
      T result = work.apply(entityManager);
      transaction.commit();
      return result;
    } finally {
      if (transaction.isActive()) {
        transaction.rollback();
      }
      entityManager.close();
    }
  }

  /**
   * A port whose every call builds the adapter on a fresh EntityManager and runs in a transaction
   * of its own, so tests call adapters the way the application does.
   */
  public <P> P transactional(Class<P> port, Function<EntityManager, ? extends P> adapter) {
    Object proxy =
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (self, method, arguments) ->
                inTransaction(
                    entityManager -> {
                      try {
                        return method.invoke(adapter.apply(entityManager), arguments);
                      } catch (InvocationTargetException e) {
                        throw sneaky(e.getCause());
                      } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                      }
                    }));
    return port.cast(proxy);
  }

  @Override
  public void close() {
    factory.close();
  }

  // Rethrows the adapter's own exception unwrapped, checked or not, as the container would.
  @SuppressWarnings("unchecked")
  private static <E extends Throwable> RuntimeException sneaky(Throwable failure) throws E {
    throw (E) failure;
  }
}
