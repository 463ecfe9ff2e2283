package br.com.gravacoes.domain.meeting;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a 100ms room, as 100ms and the seed's frontend spell it. Only characters that can
 * travel safely in a URL path are accepted, so a room id can never reach 100ms as a path trick.
 */
public record RoomId(String value) {

  public static final int MAX_LENGTH = 128;
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  public RoomId {
    Objects.requireNonNull(value, "room id");
    if (value.isBlank()) {
      throw new IllegalArgumentException("room id must not be blank");
    }
    if (value.length() > MAX_LENGTH || !ALLOWED.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "room id must be at most " + MAX_LENGTH + " letters, digits, '_' or '-'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
