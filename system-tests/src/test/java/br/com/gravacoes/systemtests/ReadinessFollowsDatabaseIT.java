package br.com.gravacoes.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.com.gravacoes.simulator.HmsSimulator;
import br.com.gravacoes.simulator.SimulatorSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The packaged product on a PostgreSQL the test stops and starts: {@code /health/ready} turns DOWN
 * within a few seconds of the database going away (naming the failing check) while {@code
 * /health/live} stays UP, and turns UP again once the database is back.
 */
class ReadinessFollowsDatabaseIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void readinessIsDownWhilePostgresIsStopped_andUpAgainWhenItReturns() throws Exception {
    Path work = Files.createTempDirectory("gravacoes-prontidao-");
    try (RestartablePostgres postgres = RestartablePostgres.start(work.resolve("postgres"));
        HmsSimulator hms = HmsSimulator.start(SimulatorSettings.defaults())) {
      postgres.createDatabase("gravacoes");
      try (ServiceInstance service =
          ServiceInstance.start(
              Product.find(),
              ServiceInstance.freePort(),
              ServiceEnvironment.of(postgres.jdbcUrl("gravacoes"), hms.apiBaseUrl()),
              work.resolve("service.log"))) {
        URI ready = service.baseUri().resolve("/health/ready");
        URI live = service.baseUri().resolve("/health/live");
        assertThat(get(ready).statusCode()).isEqualTo(200);

        postgres.stop();
        long stoppedAt = System.nanoTime();
        await()
            .atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(250))
            .until(() -> get(ready).statusCode() == 503);
        Duration toDown = Duration.ofNanos(System.nanoTime() - stoppedAt);
        HttpResponse<String> down = get(ready);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body())
            .contains("\"status\":\"DOWN\"")
            .contains("\"name\":\"banco-de-dados\"")
            .contains("\"name\":\"migracoes\"");
        assertThat(timed(ready)).isLessThan(Duration.ofSeconds(4));
        HttpResponse<String> stillLive = get(live);
        assertThat(stillLive.statusCode()).isEqualTo(200);
        assertThat(stillLive.body()).contains("\"status\":\"UP\"");

        postgres.up();
        await()
            .atMost(Duration.ofSeconds(20))
            .pollInterval(Duration.ofMillis(250))
            .until(() -> get(ready).statusCode() == 200);
        assertThat(get(ready).body()).doesNotContain("DOWN");
        System.out.printf(
            "[readiness] DOWN %d ms after PostgreSQL stopped; UP again after it returned%n",
            toDown.toMillis());
      }
    }
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Duration timed(URI uri) throws Exception {
    long began = System.nanoTime();
    get(uri);
    return Duration.ofNanos(System.nanoTime() - began);
  }
}
