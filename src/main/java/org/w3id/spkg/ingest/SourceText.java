package org.w3id.spkg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.w3id.spkg.InputException;

/**
 * The decoded text of a source file, with its checksum, and the conversions from Java string
 * indexes to the offsets spkg publishes: Unicode code points from the start of the file (as W3C Web
 * Annotation text position selectors and SPARQL's STRLEN count them) and 1-based lines.
 */
final class SourceText {

  /** Larger files are refused: a fact sheet is tens of kilobytes. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private final Path file;
  private final String text;
  private final String sha256;

  private final boolean hasSupplementary;
  private int[] codePoints;
  private int[] lineStarts;

  private SourceText(Path file, String text, String sha256) {
    this.file = file;
    this.text = text;
    this.sha256 = sha256;
    this.hasSupplementary = text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
  }

  /** Reads and checks a file: it must exist, be non-empty UTF-8 text of at most 16 MiB. */
  static SourceText read(Path file) {
    String name = file.toString();
    if (!Files.exists(file)) {
      throw new InputException(name, "no such file; check the path");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(name, "not a regular file");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new InputException(
            name,
            "file is " + size + " bytes; the limit is " + MAX_BYTES + " bytes (16 MiB): split it");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(
          name, InputException.UNKNOWN, InputException.UNKNOWN, "cannot read: " + e, e);
    }
    if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      throw new InputException(name, "empty file: nothing to ingest");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException(
            name,
            lineOf(bytes, i),
            InputException.UNKNOWN,
            "binary file (a NUL byte at byte " + i + "): give a Markdown text file",
            null);
      }
    }
    String text = decode(name, bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new SourceText(file, text, sha256(bytes));
  }

  private static String decode(String name, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstBadByte(bytes);
      throw new InputException(
          name,
          lineOf(bytes, bad),
          InputException.UNKNOWN,
          "not UTF-8 (invalid byte 0x"
              + String.format("%02x", bytes[bad] & 0xff)
              + " at byte "
              + bad
              + "): save the file as UTF-8",
          e);
    }
  }

  /** The index of the first byte that does not start or continue a UTF-8 sequence. */
  private static int firstBadByte(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int lead = bytes[i] & 0xff;
      int more =
          lead < 0x80
              ? 0
              : (lead >> 5) == 0x6 ? 1 : (lead >> 4) == 0xE ? 2 : (lead >> 3) == 0x1E ? 3 : -1;
      if (more < 0 || i + more >= bytes.length) {
        return i;
      }
      for (int k = 1; k <= more; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += more + 1;
    }
    return Math.max(0, bytes.length - 1);
  }

  private static long lineOf(byte[] bytes, int index) {
    long line = 1;
    for (int i = 0; i < index && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  Path file() {
    return file;
  }

  String text() {
    return text;
  }

  String sha256() {
    return sha256;
  }

  /** The 1-based line of a Java string index. */
  int lineOf(int index) {
    if (lineStarts == null) {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }
    int at = Arrays.binarySearch(lineStarts, index);
    return at >= 0 ? at + 1 : -at - 1;
  }

  /** The code-point offset of a Java string index. */
  int codePointOffset(int index) {
    if (!hasSupplementary) {
      return index;
    }
    if (codePoints == null) {
      codePoints = new int[text.length() + 1];
      int cp = 0;
      for (int i = 0; i < text.length(); i++) {
        codePoints[i] = cp;
        if (!Character.isLowSurrogate(text.charAt(i))) {
          cp++;
        }
      }
      codePoints[text.length()] = cp;
    }
    return codePoints[index];
  }
}
