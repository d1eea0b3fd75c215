package org.w3id.spkg.server.endpoint;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * For tests of {@link LowPriorityThreads}: whether lowering a priority can work on this machine.
 */
public final class ReniceProbe {

  private ReniceProbe() {}

  /**
   * Whether {@code renice} is installed and may lower a priority here (a container's system-call
   * filter may forbid it): tried on a child process of its own.
   */
  public static boolean worksHere() throws Exception {
    Process child;
    try {
      child = new ProcessBuilder("sleep", "30").start();
    } catch (IOException e) {
      return false;
    }
    try {
      Process renice =
          new ProcessBuilder("renice", "-n", "5", "-p", Long.toString(child.pid()))
              .redirectErrorStream(true)
              .start();
      renice.getInputStream().readAllBytes();
      return renice.waitFor(10, TimeUnit.SECONDS) && renice.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } finally {
      child.destroyForcibly();
    }
  }

  /**
   * The nice value of a thread of this process by its id, or null: {@link LowPriorityThreads}'s.
   */
  public static Integer niceOf(String tid) {
    return LowPriorityThreads.niceOf(tid);
  }

  /** This thread's id in the operating system, or null: {@link LowPriorityThreads}'s. */
  public static String ownThreadId() {
    return LowPriorityThreads.ownThreadId();
  }
}
