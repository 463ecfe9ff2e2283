package br.com.gravacoes.postgrest;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Serves every project under its ref: records the request, applies faults, then the gateway's key
 * check and PostgREST's authentication, and hands the call to the endpoint of its method.
 */
final class ProjectRouter implements HttpHandler {

  /** The only schema the stand-in's PostgREST exposes; each project maps it to its own. */
  static final String EXPOSED_SCHEMA = "public";

  private static final System.Logger LOG = System.getLogger(ProjectRouter.class.getName());
  private static final String REST_PREFIX = "/rest/v1";

  private final Map<String, ProjectState> projects;
  private final StandInFaults sharedFaults;
  private final InsertEndpoint insert;
  private final ReadEndpoint read;

  ProjectRouter(
      Map<String, ProjectState> projects,
      StandInFaults sharedFaults,
      InsertEndpoint insert,
      ReadEndpoint read) {
    this.projects = projects;
    this.sharedFaults = sharedFaults;
    this.insert = insert;
    this.read = read;
  }

  /** Refuses a {@code Content-Profile} or {@code Accept-Profile} naming another schema. */
  static void requireExposedSchema(String profile) throws ApiError {
    if (profile != null && !profile.equals(EXPOSED_SCHEMA)) {
      throw PostgrestErrors.invalidSchema(profile);
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        route(exchange, Instant.now());
      } catch (ApiError e) {
        Exchanges.sendError(exchange, e);
      } catch (RuntimeException e) {
        LOG.log(Level.ERROR, "PostgREST stand-in failed on " + exchange.getRequestURI(), e);
        Exchanges.sendError(
            exchange, ApiError.postgrest(500, "PGRSTX00", "Internal server error", null, null));
      }
    }
  }

  private void route(HttpExchange exchange, Instant receivedAt) throws ApiError, IOException {
    String path = exchange.getRequestURI().getRawPath();
    int slash = path.indexOf('/', 1);
    String ref = decode(slash < 0 ? path.substring(1) : path.substring(1, slash));
    String rest = slash < 0 ? "" : path.substring(slash);
    ProjectState project = projects.get(ref);
    if (project == null) {
      throw ApiKeyGateway.noRoute();
    }
    byte[] body = Exchanges.readBody(exchange);
    Headers headers = exchange.getRequestHeaders();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    project.received(
        new RecordedRequest(
            exchange.getRequestMethod(), rest, rawQuery, headers, body, receivedAt));
    Optional<CannedResponse> failure = applyFaults(project.faults());
    if (failure.isPresent()) {
      failure.get().headers().forEach(exchange.getResponseHeaders()::set);
      Exchanges.send(exchange, failure.get().status(), failure.get().jsonBody());
      return;
    }
    if (!rest.equals(REST_PREFIX) && !rest.startsWith(REST_PREFIX + "/")) {
      throw ApiKeyGateway.noRoute();
    }
    Map<String, String> query = QueryString.parse(rawQuery);
    ApiKeyGateway.check(headers.getFirst("apikey"), query, project.project());
    Role role =
        JwtAuthenticator.authenticate(
            headers.getFirst("Authorization"), project.project(), Instant.now());
    String table =
        rest.length() > REST_PREFIX.length() + 1 ? rest.substring(REST_PREFIX.length() + 1) : "";
    if (table.isEmpty() || table.contains("/")) {
      throw PostgrestErrors.invalidPath();
    }
    RestCall call = new RestCall(exchange, project, decode(table), role, query, body, receivedAt);
    switch (exchange.getRequestMethod()) {
      case "POST" -> insert.handle(call);
      case "GET" -> read.handle(call);
      default -> throw PostgrestErrors.unsupportedMethod(exchange.getRequestMethod());
    }
  }

  /** Sleeps the shared and the project's delay, then picks a failure, shared ones first. */
  private Optional<CannedResponse> applyFaults(StandInFaults projectFaults) {
    sleep(sharedFaults.delay().plus(projectFaults.delay()));
    Optional<CannedResponse> shared = sharedFaults.takeFailure();
    return shared.isPresent() ? shared : projectFaults.takeFailure();
  }

  private static void sleep(Duration wait) {
    if (wait.isZero()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      // Interrupted by close(): give the thread back instead of finishing the delay.
      Thread.currentThread().interrupt();
    }
  }

  private static String decode(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
