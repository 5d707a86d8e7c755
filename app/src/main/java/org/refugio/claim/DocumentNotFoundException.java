package org.refugio.claim;

/** The claim has no document with the given id. */
public class DocumentNotFoundException extends RuntimeException {

  public DocumentNotFoundException(String caseNumber, long documentId) {
    super("El expediente " + caseNumber + " no tiene un documento con id " + documentId + ".");
  }
}
