package org.w3id.spkg.server.endpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads that run at a lower operating-system priority than the rest of the server, for the
 * queries that take seconds: when a query of milliseconds needs a processor they hold, the kernel
 * gives it the processor first, and the slow ones take what is left, which is most of it.
 *
 * <p>On Linux the priority of a thread is its nice value, a per-thread attribute (sched(7)), which
 * any process may raise for its own threads but only a privileged one may lower again; Java's
 * thread priorities do not change it unless the JVM is started with flags that warn when the
 * process is not root. So each thread, when it starts, raises its own nice value to {@link #nice}
 * with {@code renice(1)} (util-linux), naming itself by the thread id that {@code
 * /proc/thread-self} links to. A thread from here is never used for anything else, so it never
 * needs its priority back. Where that cannot be done (another system, no {@code renice}) the
 * threads run at the ordinary priority, and that is logged once.
 */
final class LowPriorityThreads implements ThreadFactory {

  /** The nice value of the threads by default: 10, a tenth of a processor's weight (sched(7)). */
  static final int DEFAULT_NICE = 10;

  private static final Logger LOG = LoggerFactory.getLogger(LowPriorityThreads.class);

  /** The link to the calling thread's folder in /proc: {@code PID/task/TID}. */
  private static final Path THREAD_SELF = Path.of("/proc/thread-self");

  /** The longest {@code renice} may take before the thread runs at the ordinary priority. */
  private static final long RENICE_SECONDS = 5;

  private final String prefix;
  private final int nice;
  private final AtomicInteger count = new AtomicInteger();
  private final AtomicBoolean warned = new AtomicBoolean();

  /**
   * @param prefix the start of each thread's name, followed by its number
   * @param nice the nice value each thread gives itself, 1 to 19
   */
  LowPriorityThreads(String prefix, int nice) {
    if (nice < 1 || nice > 19) {
      throw new IllegalArgumentException("a nice value of 1 to 19 lowers a priority, got " + nice);
    }
    this.prefix = prefix;
    this.nice = nice;
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread =
        new Lowered(
            () -> {
              lowerOwnPriority();
              task.run();
            },
            prefix + count.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Whether {@code thread} came from a factory of this class. A thread started by such a thread
   * inherits its lower priority on Linux, for good, so work that may start threads (handing a
   * request to the server's pool) is better handed on from another thread.
   */
  static boolean isLowered(Thread thread) {
    return thread instanceof Lowered;
  }

  /** A thread from here: known by its class. */
  private static final class Lowered extends Thread {
    Lowered(Runnable task, String name) {
      super(task, name);
    }
  }

  /** Gives the calling thread the nice value, or says once why it could not. */
  private void lowerOwnPriority() {
    String why = renice();
    if (why != null && warned.compareAndSet(false, true)) {
      LOG.info(
          "slow queries run at the ordinary priority beside fast ones: {} ({} threads)",
          why,
          prefix);
    }
  }

  /** Runs {@code renice} on the calling thread: null if it did, else why not. */
  private String renice() {
    String tid = ownThreadId();
    if (tid == null) {
      return "this system has no /proc/thread-self";
    }
    ProcessBuilder command =
        new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p", tid)
            .redirectErrorStream(true);
    try {
      Process process = command.start();
      byte[] said = process.getInputStream().readAllBytes();
      if (!process.waitFor(RENICE_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "renice did not end in " + RENICE_SECONDS + " s";
      }
      if (process.exitValue() != 0) {
        return "renice said: " + new String(said, StandardCharsets.UTF_8).strip();
      }
      return null;
    } catch (IOException e) {
      return "renice could not be run: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** The operating system's id of the calling thread, or null where /proc does not tell it. */
  static String ownThreadId() {
    try {
      Path link = Files.readSymbolicLink(THREAD_SELF);
      return link.getFileName().toString();
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  /**
   * The nice value of the thread with this operating-system id in this process, from {@code
   * /proc/self/task/TID/stat} (its 19th field), or null where that cannot be read.
   */
  static Integer niceOf(String tid) {
    try {
      String stat = Files.readString(Path.of("/proc/self/task", tid, "stat"));
      // The second field, the command, is in parentheses and may hold spaces: count after it.
      String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Integer.valueOf(rest[16]);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
