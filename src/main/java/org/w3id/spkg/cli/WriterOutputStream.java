package org.w3id.spkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes that library code writes (UTF-8), decoded onto a command's character output, so that
 * results go through picocli's {@code getOut()} and tests capture them. Closing flushes the writer
 * but leaves it open.
 */
final class WriterOutputStream extends OutputStream {

  private final Writer writer;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private boolean closed;

  WriterOutputStream(Writer writer) {
    this.writer = writer;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("Stream closed");
    }
    int at = off;
    int left = len;
    while (left > 0) {
      int n = Math.min(left, bytes.remaining());
      bytes.put(b, at, n);
      at += n;
      left -= n;
      decode(false);
    }
  }

  @Override
  public void flush() throws IOException {
    writer.flush();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    decode(true);
    drain(decoder.flush(chars));
    writer.flush();
    closed = true;
  }

  /** Decodes what is buffered; an incomplete character at the end waits for more bytes. */
  private void decode(boolean endOfInput) throws IOException {
    bytes.flip();
    CoderResult result;
    do {
      result = decoder.decode(bytes, chars, endOfInput);
      drain(result);
    } while (result.isOverflow());
    bytes.compact();
  }

  private void drain(CoderResult result) throws IOException {
    chars.flip();
    writer.append(chars);
    chars.clear();
    if (result.isError()) {
      result.throwException();
    }
  }
}
