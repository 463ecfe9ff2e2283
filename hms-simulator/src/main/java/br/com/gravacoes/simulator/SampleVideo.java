package br.com.gravacoes.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The small real MP4 served as every recording's file, so browsers can actually play it. */
final class SampleVideo {

  private static final String RESOURCE = "sample.mp4";

  private SampleVideo() {}

  static byte[] load() {
    try (InputStream in = SampleVideo.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + RESOURCE + " next to " + SampleVideo.class);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
