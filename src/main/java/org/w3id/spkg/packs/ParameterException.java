package org.w3id.spkg.packs;

import org.w3id.spkg.InputException;

/** A parameter value that a query cannot take: missing, of the wrong type, or not allowed. */
public final class ParameterException extends InputException {

  private static final long serialVersionUID = 1L;

  private final String parameter;

  /**
   * @param parameter the parameter's name, as callers give it
   * @param problem what is wrong, naming the parameter, the type expected and the value
   */
  public ParameterException(String parameter, String problem) {
    super("--param " + parameter, problem);
    this.parameter = parameter;
  }

  /** The parameter's name. */
  public String parameter() {
    return parameter;
  }
}
