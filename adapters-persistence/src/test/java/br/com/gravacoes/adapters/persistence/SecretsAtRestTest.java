package br.com.gravacoes.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.gravacoes.adapters.persistence.crypto.SecretCipher;
import br.com.gravacoes.adapters.persistence.crypto.SecretKeyRing;
import br.com.gravacoes.adapters.persistence.testing.TestDatabase;
import br.com.gravacoes.adapters.persistence.testing.TestPersistenceUnit;
import br.com.gravacoes.application.port.out.HmsCredentialsRepository;
import br.com.gravacoes.application.port.out.MirrorProjectRepository;
import br.com.gravacoes.application.port.out.StoredSecretException;
import br.com.gravacoes.domain.tenant.HmsCredentials;
import br.com.gravacoes.domain.tenant.MirrorProject;
import br.com.gravacoes.domain.tenant.TenantId;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The integration secrets on a real PostgreSQL: sealed at rest, opened on read, keys rotated. */
class SecretsAtRestTest {

  private static final String K1 = "k1=" + SecretKeyRing.generateKey();
  private static final String K2 = "k2=" + SecretKeyRing.generateKey();
  private static final SecretCipher ONLY_K1 = cipher(K1, "k1");
  private static final SecretCipher K2_ACTIVE_K1_KEPT = cipher(K2 + "," + K1, "k2");
  private static final SecretCipher ONLY_K2 = cipher(K2, "k2");
  private static final String SECRET = "hms-app-secret-0123456789-abcdefghijklmn";
  private static final String SERVICE_KEY = "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic2VydmljZSJ9.sig";

  private static TestDatabase database;
  private static TestPersistenceUnit unit;

  @BeforeAll
  static void openDatabase() {
    database = TestDatabase.fresh().migrate();
    unit = TestPersistenceUnit.on(database);
  }

  @AfterAll
  static void dropDatabase() {
    unit.close();
    database.drop();
  }

  private static SecretCipher cipher(String keys, String active) {
    return new SecretCipher(SecretKeyRing.parse(keys, active));
  }

  private static HmsCredentialsRepository credentials(SecretCipher cipher) {
    return unit.transactional(
        HmsCredentialsRepository.class, em -> new JpaHmsCredentialsRepository(em, cipher));
  }

  private static MirrorProjectRepository projects(SecretCipher cipher) {
    return unit.transactional(
        MirrorProjectRepository.class, em -> new JpaMirrorProjectRepository(em, cipher));
  }

  private static TenantId newTenant() {
    return new TenantId("t-" + UUID.randomUUID().toString().substring(0, 8));
  }

  @Test
  void theStoredColumnsHoldSealedValues_neverThePlaintext_andReadBackWhole() {
    TenantId tenant = newTenant();
    HmsCredentials saved = new HmsCredentials("access-key", SECRET, "tpl");
    MirrorProject project = new MirrorProject(URI.create("https://acme.supabase.co"), SERVICE_KEY);

    credentials(ONLY_K1).save(tenant, saved);
    projects(ONLY_K1).save(tenant, project);

    assertThat(stored(SecretColumn.HMS_APP_SECRET, tenant))
        .startsWith("gcm1:k1:")
        .doesNotContain(SECRET);
    assertThat(stored(SecretColumn.SUPABASE_SERVICE_KEY, tenant))
        .startsWith("gcm1:k1:")
        .doesNotContain(SERVICE_KEY);
    assertThat(credentials(ONLY_K1).findByTenant(tenant)).contains(saved);
    assertThat(projects(ONLY_K1).findByTenant(tenant)).contains(project);
  }

  @Test
  void savingTheSameSecretTwice_storesTwoDifferentValues() {
    TenantId tenant = newTenant();
    credentials(ONLY_K1).save(tenant, new HmsCredentials("access-key", SECRET, null));
    String first = stored(SecretColumn.HMS_APP_SECRET, tenant);

    credentials(ONLY_K1).save(tenant, new HmsCredentials("access-key", SECRET, null));

    assertThat(stored(SecretColumn.HMS_APP_SECRET, tenant)).isNotEqualTo(first);
  }

  @Test
  void givenARotation_thenOldValuesStillOpen_theStartupJobMovesThemToTheNewKey_andTheOldKeyCanGo() {
    TenantId tenant = newTenant();
    HmsCredentials saved = new HmsCredentials("access-key", SECRET, null);
    MirrorProject project = new MirrorProject(URI.create("https://acme.supabase.co"), SERVICE_KEY);
    credentials(ONLY_K1).save(tenant, saved);
    projects(ONLY_K1).save(tenant, project);

    assertThat(credentials(K2_ACTIVE_K1_KEPT).findByTenant(tenant)).contains(saved);
    SecretResealer.reseal(database.dataSource(), K2_ACTIVE_K1_KEPT);

    assertThat(stored(SecretColumn.HMS_APP_SECRET, tenant)).startsWith("gcm1:k2:");
    assertThat(stored(SecretColumn.SUPABASE_SERVICE_KEY, tenant)).startsWith("gcm1:k2:");
    assertThat(credentials(ONLY_K2).findByTenant(tenant)).contains(saved);
    assertThat(projects(ONLY_K2).findByTenant(tenant)).contains(project);
  }

  @Test
  void theStartupJobCountsWhatItDid_andLeavesCurrentValuesAlone() {
    deleteAllSecrets();
    TenantId rotated = newTenant();
    TenantId legacy = newTenant();
    credentials(ONLY_K1).save(rotated, new HmsCredentials("access-key", SECRET, null));
    insertPlainCredentials(legacy, SECRET);
    SecretResealer.reseal(database.dataSource(), ONLY_K2); // k1's value stays unreadable
    String unreadable = stored(SecretColumn.HMS_APP_SECRET, rotated);

    ResealReport report = reportFor(SecretColumn.HMS_APP_SECRET, K2_ACTIVE_K1_KEPT);

    assertThat(report).isEqualTo(new ResealReport(SecretColumn.HMS_APP_SECRET, 0, 1, 1, 0, 0, 0));
    assertThat(stored(SecretColumn.HMS_APP_SECRET, rotated))
        .isNotEqualTo(unreadable)
        .startsWith("gcm1:k2:");
    String current = stored(SecretColumn.HMS_APP_SECRET, legacy);
    assertThat(reportFor(SecretColumn.HMS_APP_SECRET, K2_ACTIVE_K1_KEPT).resealed()).isZero();
    assertThat(stored(SecretColumn.HMS_APP_SECRET, legacy)).isEqualTo(current);
  }

  @Test
  void givenAValueNoConfiguredKeyOpens_thenTheStartupJobLeavesIt_andReadingItSaysWhy() {
    deleteAllSecrets();
    TenantId tenant = newTenant();
    credentials(ONLY_K1).save(tenant, new HmsCredentials("access-key", SECRET, null));
    String sealedWithK1 = stored(SecretColumn.HMS_APP_SECRET, tenant);

    ResealReport report = reportFor(SecretColumn.HMS_APP_SECRET, ONLY_K2);

    assertThat(report.unreadable()).isEqualTo(1);
    assertThat(stored(SecretColumn.HMS_APP_SECRET, tenant)).isEqualTo(sealedWithK1);
    assertThatThrownBy(() -> credentials(ONLY_K2).findByTenant(tenant))
        .isInstanceOf(StoredSecretException.class)
        .hasMessageContaining("credenciais_100ms.app_secret do tenant " + tenant.value())
        .hasMessageContaining("chave 'k1'")
        .message()
        .doesNotContain(SECRET)
        .doesNotContain(sealedWithK1);
  }

  @Test
  void givenLegacyPlainTextRows_thenTheyAreRead_andTheStartupJobSealsThem() {
    deleteAllSecrets();
    TenantId tenant = newTenant();
    insertPlainCredentials(tenant, SECRET);
    insertPlainProject(tenant, "https://acme.supabase.co", SERVICE_KEY + "\n");

    assertThat(credentials(ONLY_K1).findByTenant(tenant).orElseThrow().appSecret())
        .isEqualTo(SECRET);
    ResealReport report = reportFor(SecretColumn.SUPABASE_SERVICE_KEY, ONLY_K1);

    assertThat(report)
        .isEqualTo(new ResealReport(SecretColumn.SUPABASE_SERVICE_KEY, 1, 0, 0, 0, 0, 0));
    assertThat(stored(SecretColumn.HMS_APP_SECRET, tenant)).startsWith("gcm1:k1:");
    assertThat(stored(SecretColumn.SUPABASE_SERVICE_KEY, tenant)).startsWith("gcm1:k1:");
    assertThat(credentials(ONLY_K1).findByTenant(tenant).orElseThrow().appSecret())
        .isEqualTo(SECRET);
    assertThat(projects(ONLY_K1).findByTenant(tenant).orElseThrow().serviceKey())
        .isEqualTo(SERVICE_KEY);
  }

  @Test
  void givenNoKeyConfigured_thenPlainTextStillReads_butNothingCanBeSavedOrOpened() {
    deleteAllSecrets();
    TenantId legacy = newTenant();
    TenantId sealed = newTenant();
    insertPlainCredentials(legacy, SECRET);
    credentials(ONLY_K1).save(sealed, new HmsCredentials("access-key", SECRET, null));

    assertThat(credentials(null).findByTenant(legacy).orElseThrow().appSecret()).isEqualTo(SECRET);
    assertThatThrownBy(() -> credentials(null).findByTenant(sealed))
        .isInstanceOf(StoredSecretException.class)
        .hasMessageStartingWith("Chave de criptografia não configurada (GRAVACOES_CRYPTO_KEYS)");
    assertThatThrownBy(
            () -> credentials(null).save(legacy, new HmsCredentials("other", SECRET, null)))
        .isInstanceOf(StoredSecretException.class)
        .hasMessage("Chave de criptografia não configurada (GRAVACOES_CRYPTO_KEYS)");
    assertThatThrownBy(
            () ->
                projects(null)
                    .save(legacy, new MirrorProject(URI.create("https://a.supabase.co"), "key")))
        .hasMessage("Chave de criptografia não configurada (GRAVACOES_CRYPTO_KEYS)");
    assertThat(credentials(null).findByTenant(legacy).orElseThrow().appAccessKey())
        .isEqualTo("access-key");

    assertThat(reportFor(SecretColumn.HMS_APP_SECRET, null))
        .isEqualTo(new ResealReport(SecretColumn.HMS_APP_SECRET, 0, 0, 0, 1, 1, 0));
    assertThat(stored(SecretColumn.HMS_APP_SECRET, legacy)).isEqualTo(SECRET);
  }

  @Test
  void givenAValueCopiedToAnotherTenantsRow_thenItDoesNotOpenThere() {
    TenantId owner = newTenant();
    TenantId thief = newTenant();
    credentials(ONLY_K1).save(owner, new HmsCredentials("access-key", SECRET, null));
    projects(ONLY_K1)
        .save(owner, new MirrorProject(URI.create("https://acme.supabase.co"), SERVICE_KEY));
    insertPlainCredentials(thief, stored(SecretColumn.HMS_APP_SECRET, owner));
    insertPlainProject(
        thief, "https://acme.supabase.co", stored(SecretColumn.SUPABASE_SERVICE_KEY, owner));

    assertThatThrownBy(() -> credentials(ONLY_K1).findByTenant(thief))
        .isInstanceOf(StoredSecretException.class)
        .hasMessageContaining("credenciais_100ms.app_secret do tenant " + thief.value())
        .message()
        .doesNotContain(SECRET);
    assertThatThrownBy(() -> projects(ONLY_K1).findByTenant(thief))
        .isInstanceOf(StoredSecretException.class)
        .hasMessageContaining("supabase_config.service_key do tenant " + thief.value())
        .message()
        .doesNotContain(SERVICE_KEY);
  }

  @Test
  void aValueSealedForOneColumnDoesNotOpenInTheOther() {
    TenantId tenant = newTenant();
    credentials(ONLY_K1).save(tenant, new HmsCredentials("access-key", SECRET, null));
    insertPlainProject(
        tenant, "https://acme.supabase.co", stored(SecretColumn.HMS_APP_SECRET, tenant));

    assertThatThrownBy(() -> projects(ONLY_K1).findByTenant(tenant))
        .isInstanceOf(StoredSecretException.class);
  }

  private static void deleteAllSecrets() {
    for (SecretColumn column : SecretColumn.values()) {
      unit.inTransaction(
          em -> em.createNativeQuery("DELETE FROM " + column.table()).executeUpdate());
    }
  }

  private static ResealReport reportFor(SecretColumn column, SecretCipher cipher) {
    return SecretResealer.reseal(database.dataSource(), cipher).stream()
        .filter(report -> report.column() == column)
        .findFirst()
        .orElseThrow();
  }

  private static String stored(SecretColumn column, TenantId tenant) {
    return (String)
        unit.inTransaction(
            em ->
                em.createNativeQuery(
                        "SELECT "
                            + column.column()
                            + " FROM "
                            + column.table()
                            + " WHERE tenant_id = ?1")
                    .setParameter(1, tenant.value())
                    .getSingleResult());
  }

  private static void insertPlainCredentials(TenantId tenant, String appSecret) {
    unit.inTransaction(
        em ->
            em.createNativeQuery(
                    "INSERT INTO credenciais_100ms (tenant_id, app_access_key, app_secret)"
                        + " VALUES (?1, 'access-key', ?2)")
                .setParameter(1, tenant.value())
                .setParameter(2, appSecret)
                .executeUpdate());
  }

  private static void insertPlainProject(TenantId tenant, String url, String serviceKey) {
    unit.inTransaction(
        em ->
            em.createNativeQuery(
                    "INSERT INTO supabase_config (tenant_id, url, service_key) VALUES (?1, ?2, ?3)")
                .setParameter(1, tenant.value())
                .setParameter(2, url)
                .setParameter(3, serviceKey)
                .executeUpdate());
  }
}
