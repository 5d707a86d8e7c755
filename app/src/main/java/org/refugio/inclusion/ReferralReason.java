package org.refugio.inclusion;

import java.time.OffsetDateTime;

/** One entry of the maintained list of reasons a referral is pending or refused. */
public record ReferralReason(String code, String label, boolean active, String createdBy, OffsetDateTime createdAt) {
}
