package br.com.gravacoes.domain.tenant;

import java.net.URI;
import java.util.Objects;

/**
 * A tenant's Supabase project, where its recordings are mirrored: the project URL and the
 * server-side key. The key never appears in {@link #toString()}.
 */
public record MirrorProject(URI url, String serviceKey) {

  public MirrorProject {
    Objects.requireNonNull(url, "project url");
    Objects.requireNonNull(serviceKey, "service key");
    if (!url.isAbsolute()
        || !("https".equalsIgnoreCase(url.getScheme())
            || "http".equalsIgnoreCase(url.getScheme()))) {
      throw new IllegalArgumentException("project url must be an absolute http(s) URL");
    }
    if (serviceKey.isBlank()) {
      throw new IllegalArgumentException("service key must not be blank");
    }
    // It travels in HTTP headers: a pasted line break would otherwise fail every request, with the
    // key quoted in the client's error.
    if (serviceKey.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw new IllegalArgumentException("service key must not contain spaces or line breaks");
    }
  }

  @Override
  public String toString() {
    return "MirrorProject[url=" + url + ", serviceKey=****]";
  }
}
