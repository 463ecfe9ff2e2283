package br.com.gravacoes.simulator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single {@code Range: bytes=...} request, resolved against the file size ({@code last} is
 * clamped to the end of the file, so a range starting past the end has {@code first > last}).
 */
record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  /**
   * The range asked for, or empty when the whole file should be sent: no header, several ranges or
   * a syntax we do not know (RFC 9110 lets a server ignore those).
   */
  static Optional<ByteRange> parse(String header, long size) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher matcher = SINGLE.matcher(header.trim());
    if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
      return Optional.empty();
    }
    try {
      String from = matcher.group(1);
      String to = matcher.group(2);
      if (from.isEmpty()) {
        // "bytes=-N": the last N bytes; N = 0 asks for nothing.
        long suffix = Long.parseLong(to);
        return Optional.of(
            suffix == 0
                ? new ByteRange(size, size - 1)
                : new ByteRange(Math.max(0, size - suffix), size - 1));
      }
      long first = Long.parseLong(from);
      if (to.isEmpty()) {
        return Optional.of(new ByteRange(first, size - 1));
      }
      long requestedLast = Long.parseLong(to);
      // "bytes=9-3" is not a range at all, as opposed to one past the end of the file.
      return requestedLast < first
          ? Optional.empty()
          : Optional.of(new ByteRange(first, Math.min(size - 1, requestedLast)));
    } catch (NumberFormatException e) {
      // Digits too long for a long: no file is that big, treat as an unknown syntax.
      return Optional.empty();
    }
  }

  boolean satisfiable() {
    return first <= last;
  }

  long length() {
    return last - first + 1;
  }
}
