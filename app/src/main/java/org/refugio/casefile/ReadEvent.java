package org.refugio.casefile;

import java.time.OffsetDateTime;

/**
 * One read of a case file, or one refused attempt: who, when, what ({@code casefile}, {@code status},
 * {@code issued-document:7}, {@code document:12}), why (the task being worked on, or the reason given).
 */
public record ReadEvent(long id, String caseNumber, String officeCode, String userId, OffsetDateTime readAt,
    String what, String why, boolean granted) {
}
