package org.refugio.interpretation;

/**
 * The interpretation company: takes a booking request and later confirms it through our webhook. A failure is an
 * exception, left to the engine's retries; the same reference is never booked twice on the provider's side.
 */
public interface InterpretationProvider {

  ProviderBooking requestBooking(BookingRequest request);
}
