package br.com.gravacoes.simulator;

import static br.com.gravacoes.simulator.ApiClient.ROOM;
import static br.com.gravacoes.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecordingAssetsTest extends ResetSimulatorTestBase {

  private static byte[] video;

  @BeforeAll
  static void readSampleVideo() throws IOException {
    try (InputStream in = HmsSimulator.class.getResourceAsStream("sample.mp4")) {
      video = in.readAllBytes();
    }
  }

  @Test
  void aStoppedRecordingCompletesWithItsCompositeAsset() {
    String id = api.startRecording();
    api.post("/recordings/" + id + "/stop");

    JsonObject recording = json(api.get("/recordings/" + id));

    assertThat(recording.getString("status")).isEqualTo("completed");
    JsonObject asset = recording.getJsonArray("recording_assets").getJsonObject(0);
    assertThat(asset.getString("id")).matches("[0-9a-f]{24}");
    assertThat(asset.getString("job_id")).isEqualTo(id);
    assertThat(asset.getString("type")).isEqualTo("room-composite");
    assertThat(asset.getString("status")).isEqualTo("completed");
    assertThat(asset.getString("path"))
        .isEqualTo("s3://simulator/recordings/" + ROOM + "/" + asset.getString("id") + ".mp4");
    assertThat(asset.getJsonNumber("size").longValue()).isEqualTo(video.length);
    assertThat(asset.getInt("duration")).isGreaterThanOrEqualTo(1);
    assertThat(json(api.get("/recording-assets/" + asset.getString("id")))).isEqualTo(asset);
    assertThat(simulator.recordings().get(0).assetId()).isEqualTo(asset.getString("id"));
  }

  @Test
  void aRecordingStoppedWhileAssetsFailEndsFailedWithoutAssets() {
    simulator.faults().failAssets(true);
    String id = api.startRecording();
    api.post("/recordings/" + id + "/stop");

    JsonObject recording = json(api.get("/recordings/" + id));

    assertThat(recording.getString("status")).isEqualTo("failed");
    assertThat(recording.getJsonArray("recording_assets")).isEmpty();
    assertThat(simulator.recordings().get(0).assetId()).isNull();
  }

  @Test
  void unknownAssetsAreNotFound() {
    assertThat(api.get("/recording-assets/000000000000000000000000").statusCode()).isEqualTo(404);
    assertThat(api.get("/recording-assets/000000000000000000000000/presigned-url").statusCode())
        .isEqualTo(404);
  }

  @Test
  void thePresignedUrlDownloadsTheSampleVideo() throws Exception {
    JsonObject presigned =
        json(api.get("/recording-assets/" + completedAssetId() + "/presigned-url"));

    assertThat(presigned.getInt("expiry")).isEqualTo(3600);
    assertThat(presigned.getString("path")).startsWith("s3://simulator/recordings/");
    HttpResponse<byte[]> file = download(presigned.getString("url"), null);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type")).hasValue("video/mp4");
    assertThat(file.headers().firstValue("Accept-Ranges")).hasValue("bytes");
    assertThat(file.headers().firstValueAsLong("Content-Length")).hasValue(video.length);
    assertThat(file.body()).isEqualTo(video);
  }

  @Test
  void aRangeRequestGetsThatSlice() throws Exception {
    String url =
        json(api.get("/recording-assets/" + completedAssetId() + "/presigned-url"))
            .getString("url");

    HttpResponse<byte[]> slice = download(url, "bytes=100-199");
    HttpResponse<byte[]> tail = download(url, "bytes=-10");
    HttpResponse<byte[]> beyond = download(url, "bytes=" + video.length + "-");

    assertThat(slice.statusCode()).isEqualTo(206);
    assertThat(slice.headers().firstValue("Content-Range"))
        .hasValue("bytes 100-199/" + video.length);
    assertThat(slice.body()).isEqualTo(Arrays.copyOfRange(video, 100, 200));
    assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(video, video.length - 10, video.length));
    assertThat(beyond.statusCode()).isEqualTo(416);
  }

  @Test
  void anExpiredUrlIsDenied() throws Exception {
    String url =
        json(api.get(
                "/recording-assets/" + completedAssetId() + "/presigned-url?presign_duration=1"))
            .getString("url");
    Thread.sleep(1_100);

    HttpResponse<byte[]> file = download(url, null);

    assertThat(file.statusCode()).isEqualTo(403);
    assertThat(new String(file.body()))
        .contains("<Code>AccessDenied</Code>", "Request has expired");
  }

  @Test
  void aTamperedUrlIsDenied() throws Exception {
    String url =
        json(api.get("/recording-assets/" + completedAssetId() + "/presigned-url"))
            .getString("url");

    HttpResponse<byte[]> file = download(url.replaceAll("signature=.", "signature=x"), null);

    assertThat(file.statusCode()).isEqualTo(403);
    assertThat(new String(file.body())).contains("<Code>SignatureDoesNotMatch</Code>");
  }

  @Test
  void presignDurationOutOfRangeIsABadRequest() {
    String path = "/recording-assets/" + completedAssetId() + "/presigned-url?presign_duration=";

    assertThat(api.get(path + "0").statusCode()).isEqualTo(400);
    assertThat(api.get(path + "604801").statusCode()).isEqualTo(400);
    assertThat(json(api.get(path + "604800")).getInt("expiry")).isEqualTo(604800);
  }

  private static String completedAssetId() {
    String id = api.startRecording();
    api.post("/recordings/" + id + "/stop");
    return json(api.get("/recordings/" + id))
        .getJsonArray("recording_assets")
        .getJsonObject(0)
        .getString("id");
  }

  private static HttpResponse<byte[]> download(String url, String range) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (range != null) {
      request.header("Range", range);
    }
    return api.http().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
