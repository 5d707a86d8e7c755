package org.refugio.casefile;

import java.time.OffsetDateTime;

/** An officer's note on a case file. */
public record CaseNote(long id, String text, boolean confidential, String writtenBy, OffsetDateTime writtenAt) {
}
