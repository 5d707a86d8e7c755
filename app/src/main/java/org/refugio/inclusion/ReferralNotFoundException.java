package org.refugio.inclusion;

/** No referral or referral reason with the given identifier. */
public class ReferralNotFoundException extends RuntimeException {

  public ReferralNotFoundException(String message) {
    super(message);
  }
}
