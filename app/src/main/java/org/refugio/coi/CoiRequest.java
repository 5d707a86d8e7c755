package org.refugio.coi;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A request for COI to the Foreign Ministry: country, topics and question only. It names no claim and no person, so
 * SRE staff who answer it learn nothing about any applicant.
 */
public record CoiRequest(long id, String country, List<String> topics, String question, String status,
    OffsetDateTime openedAt, OffsetDateTime answeredAt) {
}
