package org.w3id.spkg.load.remote;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.http.auth.AuthEnv;
import org.w3id.spkg.InputException;

/**
 * A user name and password for a remote store, read from a file in the format of {@code spkg serve
 * --auth} (a line {@code user: password}; blank lines and lines starting with {@code #} are
 * skipped), so that no password is on a command line. Registered with Jena's {@code AuthEnv} for
 * the store's URLs, which answers the store's Basic or Digest challenge with them.
 *
 * @param user the user name
 * @param password the password
 */
public record StoreCredentials(String user, String password) {

  @Override
  public String toString() {
    return "StoreCredentials[user=" + user + ", password=…]";
  }

  /**
   * Reads the first {@code user: password} line of {@code file}.
   *
   * @throws InputException if the file cannot be read or holds no such line, or the password is one
   *     Jetty stores hashed (MD5:, CRYPT:), which a client cannot send
   */
  public static StoreCredentials read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(
          file.toString(),
          InputException.UNKNOWN,
          InputException.UNKNOWN,
          "cannot read the password file (" + e.getMessage() + ")",
          e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String user = colon < 0 ? "" : line.substring(0, colon).strip();
      String password = colon < 0 ? "" : line.substring(colon + 1).strip();
      if (user.isEmpty() || password.isEmpty()) {
        throw new InputException(
            file.toString(),
            i + 1,
            InputException.UNKNOWN,
            "expected 'user: password', got a line without both",
            null);
      }
      String upper = password.toUpperCase(Locale.ROOT);
      if (upper.startsWith("MD5:") || upper.startsWith("CRYPT:")) {
        throw new InputException(
            file.toString(),
            i + 1,
            InputException.UNKNOWN,
            "the password is stored hashed ("
                + password.substring(0, password.indexOf(':'))
                + ":), which a client cannot send; write it in plain text in a file only you can"
                + " read",
            null);
      }
      return new StoreCredentials(user, password);
    }
    throw new InputException(file.toString(), "no 'user: password' line in the password file");
  }

  /**
   * Registers these credentials with Jena's {@code AuthEnv} for every URL that starts with {@code
   * url}.
   */
  public void registerFor(String url) {
    AuthEnv.get().registerUsernamePassword(URI.create(url), user, password);
  }
}
