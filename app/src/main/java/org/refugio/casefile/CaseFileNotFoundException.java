package org.refugio.casefile;

/** The case file, task or document asked for does not exist, or is not the reader's to see. */
public class CaseFileNotFoundException extends RuntimeException {

  public CaseFileNotFoundException(String message) {
    super(message);
  }
}
