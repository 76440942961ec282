package org.chancery.oai;

import java.time.Instant;
import org.chancery.store.ChangeQuery;

/**
 * Where an incomplete list stopped (section 3.5): everything needed to continue it, so no
 * harvest state is kept on the server and a token survives a restart.
 *
 * @param prefix the metadata prefix of the list
 * @param set the set spec, or null
 * @param from the save-time window's inclusive lower bound, or null
 * @param before its exclusive upper bound, or null
 * @param after the last record sent (save time, id): the keyset position to continue after
 * @param cursor how many records were sent before the page this token asks for
 * @param expires when the token stops being accepted
 */
record ResumptionToken(String prefix, String set, Instant from, Instant before,
    ChangeQuery.Position after, long cursor, Instant expires) {}
