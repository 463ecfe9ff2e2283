package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.Exchanges.JSON;
import static br.com.gravacoes.simulator.SimulatedOperation.GET_ASSET;
import static br.com.gravacoes.simulator.SimulatedOperation.PRESIGNED_URL;

import jakarta.json.JsonObject;
import java.util.List;

/** The recording-asset endpoints: asset details and presigned download URLs. */
final class AssetsApi {

  private static final String ID = "([^/]+)";
  private static final long DEFAULT_PRESIGN_SECONDS = 3600;

  /** Seven days, the longest presign S3 allows. */
  private static final long MAX_PRESIGN_SECONDS = 604_800;

  private final SimulatorState state;
  private final RecordingJson json;
  private final UrlSigner signer;

  AssetsApi(SimulatorState state, RecordingJson json, UrlSigner signer) {
    this.state = state;
    this.json = json;
    this.signer = signer;
  }

  List<Route> routes() {
    return List.of(
        Route.get("/v2/recording-assets/" + ID, GET_ASSET, this::asset),
        Route.get(
            "/v2/recording-assets/" + ID + "/presigned-url", PRESIGNED_URL, this::presignedUrl));
  }

  private JsonObject asset(ApiCall call) throws ApiException {
    return json.asset(readyAsset(call));
  }

  private JsonObject presignedUrl(ApiCall call) throws ApiException {
    RecordingEntry entry = readyAsset(call);
    long seconds = presignSeconds(call.query("presign_duration"));
    return JSON.createObjectBuilder()
        .add("id", entry.assetId())
        .add("path", RecordingJson.path(entry))
        .add("url", signer.presignedUrl(entry.assetId(), call.now().plusSeconds(seconds)))
        .add("expiry", seconds)
        .build();
  }

  private RecordingEntry readyAsset(ApiCall call) throws ApiException {
    return state
        .readyAsset(call.accessKey(), call.pathParam(1), call.now())
        .orElseThrow(() -> ApiException.notFound("asset not found"));
  }

  private static long presignSeconds(String raw) throws ApiException {
    if (raw == null) {
      return DEFAULT_PRESIGN_SECONDS;
    }
    try {
      long seconds = Long.parseLong(raw);
      if (seconds >= 1 && seconds <= MAX_PRESIGN_SECONDS) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // falls through to the same answer as an out-of-range number
    }
    throw ApiException.badRequest(
        "presign_duration must be between 1 and " + MAX_PRESIGN_SECONDS + " seconds");
  }
}
