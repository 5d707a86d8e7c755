package org.refugio.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What authorized staff see of a claim's progress ({@code GET /api/claims/{caseNumber}}). */
public record ClaimStatus(
    String caseNumber,
    String office,
    String status,
    List<Step> currentSteps,
    String modality,
    Integer priority,
    List<Deadline> deadlines,
    String outcome,
    String closureReason,
    List<Document> documents,
    List<PersonOutcome> people,
    List<ClaimTransfer> transfers) {

  /** A step the claim is at now; {@code dueDate} for officers' tasks that have one. */
  public record Step(String key, String name, OffsetDateTime dueDate) {
  }

  /**
   * A running legal deadline: {@code key} names it for programs ({@code decisionDue}, {@code appealDue},
   * {@code ratificationDue}, {@code preventionReplyDue}, {@code targetDue}), {@code name} for people; {@code breached}
   * when it ran out with its step still undone.
   */
  public record Deadline(String key, String name, LocalDate dueDate, int businessDays, boolean breached) {
  }

  /**
   * A person of the claim and their outcome: the principal applicant's, shared by every dependant not decided
   * separately, or the dependant's own; {@code null} until the resolution is issued or the dependant decided.
   */
  public record PersonOutcome(long id, String role, String relationship, String name, String outcome,
      boolean decidedSeparately) {
  }

  /** A document issued for the claim, downloadable at {@code href}. */
  public record Document(long id, String type, String sha256, String href) {
  }
}
