package org.refugio.claim;

/** How a dependant is related to the principal applicant. */
public enum Relationship {
  SPOUSE,
  CHILD,
  PARENT,
  SIBLING,
  OTHER
}
