package org.w3id.spkg.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Another process that holds a store open, as a running {@code spkg serve} would: {@link #start}
 * launches a JVM running {@link #main} on the test classpath and waits until it has the store open;
 * {@link #close} kills it.
 */
public final class StoreHolder implements AutoCloseable {

  /** The line the holder prints once the store is open. */
  static final String READY = "store open";

  private static final long HOLD_AT_MOST_MS = 120_000;

  private final Process process;

  private StoreHolder(Process process) {
    this.process = process;
  }

  /**
   * Starts a holder of {@code folder} and waits (at most a minute) until it has the store open.
   *
   * @param log where the holder's stderr goes, for diagnostics
   */
  public static StoreHolder start(Path folder, Path log) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process =
        new ProcessBuilder(java, "-cp", classpath, StoreHolder.class.getName(), folder.toString())
            .redirectError(log.toFile())
            .start();
    StoreHolder holder = new StoreHolder(process);
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
      if (line == null || !line.startsWith(READY)) {
        throw new IllegalStateException("The holder did not open the store; see " + log);
      }
      return holder;
    } catch (Exception e) {
      holder.close();
      throw e;
    }
  }

  public long pid() {
    return process.pid();
  }

  /** Kills the holder and waits (at most 30 s) for it to end. */
  @Override
  public void close() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("The holder process " + process.pid() + " did not end");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while killing the holder " + process.pid(), e);
    }
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the store in {@code args[0]}, says so, and holds it until stdin ends or time is up. */
  public static void main(String[] args) throws Exception {
    try (SpkgStore store = SpkgStore.open(Path.of(args[0]))) {
      System.out.println(READY + " " + store.folder());
      System.out.flush();
      Thread waiter =
          new Thread(
              () -> {
                try {
                  while (System.in.read() >= 0) {
                    // Wait for the end of input: the parent closed the pipe or died.
                  }
                } catch (IOException e) {
                  System.err.println("stdin failed, the parent is gone: " + e);
                }
              });
      waiter.setDaemon(true);
      waiter.start();
      waiter.join(HOLD_AT_MOST_MS);
    }
  }
}
