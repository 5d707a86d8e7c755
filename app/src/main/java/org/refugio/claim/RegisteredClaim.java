package org.refugio.claim;

/** The result of a registration: the claim's case number, and whether this request created it. */
public record RegisteredClaim(long claimId, String caseNumber, boolean created) {
}
