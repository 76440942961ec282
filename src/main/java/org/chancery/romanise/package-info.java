/**
 * Romanisation as data: conversions between the systems names of Chinese, Korean and Russian
 * people and places were written in. One entry point, {@link org.chancery.romanise.Romaniser}
 * ({@code variants}, {@code spellings} with their {@link org.chancery.romanise.Spelling system},
 * {@code key}); {@link org.chancery.romanise.NameDistance} scores misspellings. Depends on
 * nothing else of Chancery; ICU4J for the Russian transliterators.
 *
 * <p>The tables are in {@code src/main/resources/romanise}, UTF-8, tab-separated, with a header
 * row and '#' comments naming their sources. To extend them:
 * <ul>
 *   <li>{@code chinese-syllables.tsv}: a Mandarin syllable in Pinyin, Wade-Giles, Palladius.
 *   <li>{@code chinese-spellings.tsv}: an irregular spelling of one syllable that sources use
 *       (teh for de); it is read, never written. Add one only with an attested example.
 *   <li>{@code chinese-names.tsv}: a conventional form that follows no system (Peking, Chiang
 *       Kai-shek) with its Pinyin and Wade-Giles; matched only as a whole name.
 *   <li>{@code chinese-surnames.tsv}: common surnames, which decide between readings.
 *   <li>{@code korean-syllables.tsv}: a Hangul syllable in MR and RR, other spellings in use,
 *       whether it is a common surname; {@code korean-names.tsv}: places and persons whose
 *       Western form is irregular or ambiguous syllable by syllable.
 *   <li>{@code russian-*.txt}: ICU transliteration rules (ISO 9, Library of Congress, English
 *       press, and the rewriting of those spellings into BGN/PCGN for reading Latin back);
 *       {@code russian-names.tsv}: the endings and names that make a Latin name Russian.
 * </ul>
 * {@code RomaniserTablesTest} reads every table, and checks the pairs of
 * {@code src/test/resources/romanise/published-pairs.tsv}: add a pair there with each row added.
 */
package org.chancery.romanise;
