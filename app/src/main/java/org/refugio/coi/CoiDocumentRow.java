package org.refugio.coi;

import java.time.LocalDate;

/** A row of {@code coi_document} to insert; MyBatis writes the generated id back. */
public class CoiDocumentRow {
  public Long id;
  public String country;
  public String title;
  public String source;
  public LocalDate publishedOn;
  public LocalDate reviewBy;
  public String mediaType;
  public byte[] content;
  public String sha256;
  public String bodyText;
  public Long coiRequestId;
  public String uploadedBy;
}
