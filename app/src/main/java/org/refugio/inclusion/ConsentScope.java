package org.refugio.inclusion;

/** What a consent covers: one theme, or all of them. */
public enum ConsentScope {
  ALL, IDENTITY, LABOR, EDUCATION, HEALTH
}
