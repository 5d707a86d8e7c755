package org.refugio.inclusion;

/** One row of the inclusion-referrals decision for one person: a service, its theme, institution and due days. */
public record PlannedReferral(long personId, String service, String theme, String institution, int dueBusinessDays) {
}
