package org.refugio.interpretation;

/** The provider's acknowledgement of a booking request: its own reference and status ({@code PENDING}). */
public record ProviderBooking(String providerReference, String status) {
}
