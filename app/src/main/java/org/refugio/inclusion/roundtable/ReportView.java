package org.refugio.inclusion.roundtable;

/**
 * What a user sees of a roundtable's gaps: national inclusion staff, managers and internal members see the case
 * numbers behind each figure; external members see a pseudonymous reference and the municipality only.
 */
public enum ReportView {
  FULL,
  DEIDENTIFIED
}
