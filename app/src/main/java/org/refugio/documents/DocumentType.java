package org.refugio.documents;

/** The kinds of document Refugio issues, each with its Spanish title, file-name stem and wording template. */
public enum DocumentType {
  /** Proof that the claim is in process, issued at registration. */
  CONSTANCIA("Constancia de trámite", "constancia-de-tramite", "documents/constancia.txt"),
  /** The written, reasoned first-instance resolution. */
  RESOLUTION("Resolución de la solicitud de reconocimiento de la condición de refugiado", "resolucion",
      "documents/resolution.txt"),
  /** The legal unit's resolution of a recurso de revisión against the first-instance resolution. */
  APPEAL_RESOLUTION("Resolución del recurso de revisión", "resolucion-recurso-de-revision",
      "documents/appeal-resolution.txt"),
  /** The prevención of a late filing: the applicant is asked to explain the delay within a time limit. */
  PREVENTION("Prevención por presentación extemporánea", "prevencion", "documents/prevention.txt");

  private final String title;
  private final String fileNameStem;
  private final String template;

  DocumentType(String title, String fileNameStem, String template) {
    this.title = title;
    this.fileNameStem = fileNameStem;
    this.template = template;
  }

  /** The title people know the document by, in Spanish. */
  public String title() {
    return title;
  }

  /** The start of the document's file name: ASCII, lower case, no spaces. */
  public String fileNameStem() {
    return fileNameStem;
  }

  /** Class-path location of the document's wording (see {@link DocumentTemplate}). */
  String template() {
    return template;
  }
}
