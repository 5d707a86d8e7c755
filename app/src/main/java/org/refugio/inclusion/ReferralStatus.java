package org.refugio.inclusion;

/** Where a referral stands ({@code refugio.referral.status}). */
public enum ReferralStatus {
  /** Planned; not sent until the person consents for its theme. */
  AWAITING_CONSENT,
  /** Sent to the liaison of the institution; no outcome yet. */
  SENT,
  ATTENDED,
  /** The institution has not finished: a follow-up date and a reason are recorded. */
  PENDING,
  /** The institution refused it: a gap with its reason. */
  REFUSED,
  /** Not attended by its due date: a gap; the liaison's task stays open. */
  OVERDUE,
  /** The person refused consent: never sent. */
  CANCELLED
}
