package org.refugio.rules;

import java.time.OffsetDateTime;

/** A decision version the workbench deployed: an approved draft or a rollback, with who, who approved and why. */
public record RuleDeployment(Long id, String decisionKey, int version, String deploymentId, Kind kind, Long draftId,
    Integer restoredVersion, String author, String approver, String reason, OffsetDateTime deployedAt) {

  /** How the version came about. */
  public enum Kind { APPROVED_DRAFT, ROLLBACK }
}
