package br.com.gravacoes.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.gravacoes.bootstrap.ApiClient.Answer;
import br.com.gravacoes.simulator.HmsSimulator;
import java.io.File;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built WAR on Payara Micro (one JVM per subclass), a real PostgreSQL and the 100ms simulator
 * on loopback; every test gets a meeting in a room of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedServiceTest {

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("gravacoes.war")));
  }

  @ArquillianResource URL base;

  final HmsSimulator hms = IntegrationEnvironment.simulator();
  final Fixtures db = new Fixtures(IntegrationEnvironment.database().dataSource());
  ApiClient api;
  String room;

  @BeforeEach
  void aMeetingInARoomOf100ms() {
    api = new ApiClient(base, ItTokens.admin(Fixtures.TENANT));
    room = "room-" + UUID.randomUUID().toString().substring(0, 8);
    hms.addApp(Fixtures.ACCESS_KEY, Fixtures.SECRET);
    hms.addRoom(Fixtures.ACCESS_KEY, room);
    db.tenantWithCredentials(Fixtures.TENANT);
    db.meeting(Fixtures.TENANT, room);
  }

  @AfterEach
  void clearFaults() {
    hms.faults().clear();
  }

  static void assertError(Answer answer, int status, String error) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.json().getString("error")).isEqualTo(error);
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
