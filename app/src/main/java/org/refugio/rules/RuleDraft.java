package org.refugio.rules;

import java.time.OffsetDateTime;

/** A policy officer's proposed new version of a decision table, and where it stands in review. */
public record RuleDraft(Long id, String decisionKey, Integer baseVersion, String dmnXml, DraftStatus status,
    String author, OffsetDateTime createdAt, String reason, OffsetDateTime submittedAt, String reviewer,
    OffsetDateTime reviewedAt, String reviewComment, String deploymentId, Integer deployedVersion) {

  /** Where a draft stands. */
  public enum DraftStatus { DRAFT, SUBMITTED, APPROVED, REJECTED }
}
