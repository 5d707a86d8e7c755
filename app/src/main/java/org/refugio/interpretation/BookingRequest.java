package org.refugio.interpretation;

import java.time.LocalDate;

/**
 * What the provider is told: language, interpreter gender, office and earliest day, under our booking reference. No
 * name, case number or other personal data of the applicant.
 *
 * @param reference our reference, also the request's idempotency key: derived from the claim and the attempt
 * @param interpreterGender {@code ANY}, {@code F} or {@code M}
 */
public record BookingRequest(String reference, String language, String interpreterGender, String office,
    LocalDate earliestDay) {
}
