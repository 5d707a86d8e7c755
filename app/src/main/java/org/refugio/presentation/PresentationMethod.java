package org.refugio.presentation;

/** How a weekly presentation was recorded. */
public enum PresentationMethod {
  /** Front desk or a registration officer recorded it by case number. */
  DESK,
  /** The verification code of the applicant's constancia de trámite was read from its QR code or typed. */
  CONSTANCIA_CODE
}
