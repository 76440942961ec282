package org.chancery.oai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A checked OAI-PMH request: the verb and its arguments, each given once, none missing,
 * none unknown (sections 3.1.1 and 4). Anything else is a badVerb or badArgument error.
 *
 * @param verb the verb
 * @param args the arguments besides the verb, in the order given
 */
record OaiArguments(Verb verb, Map<String, String> args) {

  // The schema's patterns (OAI-PMH.xsd): a value outside them could not be echoed in a
  // valid response, and no prefix or set of ours looks otherwise.
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+");
  private static final Pattern SET_SPEC =
      Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");

  OaiArguments {
    args = Map.copyOf(args);
  }

  String get(String name) {
    return args.get(name);
  }

  /** Checks the parameters of one request, as the HTTP layer decoded them. */
  static OaiArguments parse(Map<String, List<String>> params) {
    List<String> verbs = params.getOrDefault("verb", List.of());
    if (verbs.isEmpty()) {
      throw new OaiError(OaiError.Code.BAD_VERB, "The request has no verb argument.");
    }
    if (verbs.size() > 1) {
      throw new OaiError(OaiError.Code.BAD_VERB, "The verb argument is repeated.");
    }
    Verb verb = Verb.of(verbs.get(0)).orElseThrow(() -> new OaiError(OaiError.Code.BAD_VERB,
        "'" + verbs.get(0) + "' is not an OAI-PMH verb (verbs are case-sensitive)."));
    Map<String, String> args = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      String name = e.getKey();
      if (name.equals("verb")) {
        continue;
      }
      boolean known = verb.required().contains(name) || verb.optional().contains(name)
          || (verb.resumable() && name.equals("resumptionToken"));
      if (!known) {
        throw badArgument("'" + name + "' is not an argument of " + verb.wire() + ".");
      }
      if (e.getValue().size() != 1) {
        throw badArgument("The argument " + name + " is repeated.");
      }
      String value = e.getValue().get(0);
      if (value == null || value.isEmpty()) {
        throw badArgument("The argument " + name + " is empty.");
      }
      args.put(name, value);
    }
    if (args.containsKey("resumptionToken")) {
      if (args.size() > 1) {
        TreeSet<String> others = new TreeSet<>(args.keySet());
        others.remove("resumptionToken");
        throw badArgument("resumptionToken is exclusive: give it alone with the verb, not with "
            + String.join(", ", others) + ".");
      }
      return new OaiArguments(verb, args);
    }
    for (String name : verb.required()) {
      if (!args.containsKey(name)) {
        throw badArgument(verb.wire() + " needs the argument " + name + ".");
      }
    }
    String prefix = args.get("metadataPrefix");
    if (prefix != null && !PREFIX.matcher(prefix).matches()) {
      throw badArgument("'" + prefix + "' is not a well-formed metadataPrefix.");
    }
    String set = args.get("set");
    if (set != null && !SET_SPEC.matcher(set).matches()) {
      throw badArgument("'" + set + "' is not a well-formed setSpec.");
    }
    return new OaiArguments(verb, args);
  }

  private static OaiError badArgument(String message) {
    return new OaiError(OaiError.Code.BAD_ARGUMENT, message);
  }
}
