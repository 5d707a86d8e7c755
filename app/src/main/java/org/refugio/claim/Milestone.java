package org.refugio.claim;

/** The milestones of the procedure that have a time limit in the {@code legal-deadlines} decision. */
public enum Milestone {
  /** Filing within this many business days of entry (Ley art. 18). */
  FILING,
  /** Reply to the prevención issued for a late filing. */
  PREVENTION_REPLY,
  /** Notice to INM of a late filing, in hours. */
  INM_NOTICE,
  /** Ratification in person of a claim a representative filed (Reglamento art. 20). */
  RATIFICATION,
  /** Decision within this many business days of the application (Ley art. 24). */
  DECISION,
  /** The one extension of the decision deadline. */
  DECISION_EXTENSION,
  /** The share of the decision time, in percent, after which the office's reviewers are alerted. */
  DECISION_WARNING,
  /** The office's own target for the decision, by modality: shorter for accelerated claims. */
  INTERNAL_TARGET,
  /** Appeal (recurso de revisión) within this many business days of notification. */
  APPEAL
}
