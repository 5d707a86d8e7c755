package org.refugio.casefile;

/** What an uploaded scan or piece of evidence is, with its Spanish name. */
public enum CaseDocumentType {
  IDENTITY("Documento de identidad o de viaje"),
  EVIDENCE("Prueba aportada"),
  STATEMENT("Declaración o escrito"),
  MEDICAL("Informe médico o psicológico"),
  PAPER_FILE_SCAN("Escaneo del expediente físico"),
  OTHER("Otro documento");

  private final String spanish;

  CaseDocumentType(String spanish) {
    this.spanish = spanish;
  }

  public String spanish() {
    return spanish;
  }
}
