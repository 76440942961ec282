package org.chancery.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules, in the order they run. Layout rules (a Soviet decrypt's header, a FRUS
 * telegram's dateline) come first; rules that resolve or tidy what others found come last.
 * To add a rule: write a class implementing {@link Rule} and list it here.
 */
final class Rules {

  private Rules() {}

  static List<Rule> all(NameIndex names) {
    List<Rule> rules = new ArrayList<>();
    // Soviet and Chinese layouts
    rules.add(new SovietHeaderRule(names));
    rules.add(new DistributionRule(names));
    rules.add(new OriginRule(names));
    rules.add(new EmbeddedTelegramRule(names));
    rules.add(new AddressRule(names));
    rules.add(new SignatureRule(names));
    rules.add(new HandlingRule(names));
    rules.add(new ReferenceRule());
    // US and FRUS layouts
    rules.add(new FrusHeadingRule(names));
    rules.add(new FrusSourceRule());
    rules.add(new DatelineRule());
    rules.add(new UsClassificationRule());
    rules.add(new MilitaryMessageRule());
    rules.add(new MemoRule(names));
    rules.add(new UsTelegramRule(names));
    // Names mentioned anywhere, once the layouts have claimed theirs; then tidy up.
    rules.add(new MentionRule(names));
    rules.add(new PersonMentionsRule(names));
    rules.add(new FinishRule());
    return List.copyOf(rules);
  }
}
