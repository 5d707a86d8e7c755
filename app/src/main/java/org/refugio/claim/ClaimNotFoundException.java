package org.refugio.claim;

/** No claim has the given case number. */
public class ClaimNotFoundException extends RuntimeException {

  public ClaimNotFoundException(String caseNumber) {
    super("No existe una solicitud con el número de expediente " + caseNumber + ".");
  }
}
