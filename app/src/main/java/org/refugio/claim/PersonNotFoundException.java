package org.refugio.claim;

/** No person with that id belongs to the claim; answered 404. */
public class PersonNotFoundException extends RuntimeException {

  public PersonNotFoundException(String caseNumber, long personId) {
    super("El expediente " + caseNumber + " no incluye a ninguna persona con el identificador " + personId + ".");
  }
}
