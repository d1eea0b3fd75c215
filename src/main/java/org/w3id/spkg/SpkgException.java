package org.w3id.spkg;

/**
 * The root of spkg's exceptions. Everything spkg throws on purpose is one of these, so a caller
 * (the command line above all) can print its message and exit without a stack trace.
 */
public class SpkgException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SpkgException(String message) {
    super(message);
  }

  public SpkgException(String message, Throwable cause) {
    super(message, cause);
  }
}
