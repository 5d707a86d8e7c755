package org.refugio.claim;

/** Specific needs that give a claim priority (UNHCR RSD Procedural Standards). */
public enum SpecificNeed {
  UNACCOMPANIED_CHILD,
  SEPARATED_CHILD,
  TORTURE_SURVIVOR,
  VIOLENCE_SURVIVOR,
  WOMAN_AT_RISK,
  OLDER_PERSON,
  DISABILITY,
  MEDICAL_URGENT,
  LGBTIQ_AT_RISK
}
