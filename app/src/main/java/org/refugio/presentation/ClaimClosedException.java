package org.refugio.presentation;

/** The claim is closed: there is nothing left to present for, and its schedule no longer changes. */
public class ClaimClosedException extends RuntimeException {

  public ClaimClosedException(String caseNumber, String reason) {
    super("El expediente " + caseNumber + " está cerrado (" + reason + "): ya no se registran presentaciones "
        + "semanales.");
  }
}
