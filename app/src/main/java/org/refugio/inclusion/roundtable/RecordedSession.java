package org.refugio.inclusion.roundtable;

import java.time.LocalDate;
import java.util.List;

/** A recorded roundtable session and the agreements now followed up. */
public record RecordedSession(long id, long roundtableId, LocalDate heldOn, List<Agreement> agreements) {
}
