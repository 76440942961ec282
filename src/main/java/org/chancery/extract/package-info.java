/**
 * Cable intelligence: reads a document's structure from its raw text — parties, dates and
 * times with their zones, numbers, classification and precedence, the handling chain,
 * embedded telegrams and references — each value with its span, rule and confidence.
 *
 * <p>{@link org.chancery.extract.Extractor} runs a list of small {@code Rule}s over a
 * {@code SourceText} and collects what they find in a {@code Draft}; {@code Merge}
 * completes the catalogue's record with it. Names are resolved against authorities by
 * {@link org.chancery.extract.NameIndex}.
 *
 * <p>Depends only on {@code record}. To read a new layout, add a rule class and list it in
 * {@code Rules}; give each value the narrowest span that shows it and a confidence that
 * says how often the rule is right, so a more reliable rule wins where two disagree.
 */
package org.chancery.extract;
