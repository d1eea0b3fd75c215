package org.w3id.spkg.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** {@code --param NAME=VALUE} options as a map; the value is everything after the first '='. */
final class PackParameters {

  private PackParameters() {}

  static Map<String, String> parse(List<String> options, CommandLine cli) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String option : options) {
      int eq = option.indexOf('=');
      if (eq <= 0) {
        throw new ParameterException(
            cli, "--param " + option + ": write NAME=VALUE, like --param nation=nation/JP");
      }
      String name = option.substring(0, eq).strip();
      if (values.put(name, option.substring(eq + 1)) != null) {
        throw new ParameterException(cli, "--param " + name + " is given twice; give it once");
      }
    }
    return values;
  }
}
