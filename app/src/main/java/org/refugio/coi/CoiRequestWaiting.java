package org.refugio.coi;

/**
 * How many claims wait for an open request: for the COI research unit only, never for SRE, who must learn nothing of
 * the claims behind a request.
 */
public record CoiRequestWaiting(long requestId, String country, long claimsWaiting) {
}
