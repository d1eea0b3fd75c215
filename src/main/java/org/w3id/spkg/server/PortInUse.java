package org.w3id.spkg.server;

import java.net.BindException;
import org.w3id.spkg.InputException;

/** A server that cannot start because its port is taken, told as the user's mistake. */
final class PortInUse {

  private PortInUse() {}

  /**
   * What to throw for {@code e}, a failure to start on {@code port}: an {@link InputException}
   * naming the port if it could not be bound, else {@code e} itself.
   */
  static RuntimeException explain(RuntimeException e, int port) {
    return isBindFailure(e)
        ? new InputException(
            "port " + port,
            InputException.UNKNOWN,
            InputException.UNKNOWN,
            "in use by another server; stop it or use --port N",
            e)
        : e;
  }

  private static boolean isBindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }
}
