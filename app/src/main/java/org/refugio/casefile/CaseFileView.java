package org.refugio.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.refugio.claim.ClaimStatus;
import org.refugio.claim.ClaimTransfer;

/**
 * The whole case file as an officer reads it ({@code GET /api/casefile/{caseNumber}}). COI attachments and
 * interpreter bookings are always empty lists until those capabilities exist. {@code confidentialFields} are the
 * fields marked confidential ({@link CaseFileService#CONFIDENTIAL_FIELDS}); {@code withheldFields} those of them this
 * reader does not see.
 */
public record CaseFileView(
    String caseNumber,
    String office,
    String status,
    LocalDate applicationDate,
    String modality,
    Integer priority,
    String outcome,
    String closureReason,
    String readingFor,
    Contact contact,
    List<String> confidentialFields,
    List<String> withheldFields,
    List<Person> people,
    List<ClaimStatus.Step> currentSteps,
    List<TimelineEntry> timeline,
    List<ClaimStatus.Deadline> deadlines,
    List<IssuedDocument> issuedDocuments,
    List<UploadedDocument> uploadedDocuments,
    List<Object> coiAttachments,
    List<Object> interpreterBookings,
    List<Note> notes,
    List<ClaimTransfer> transfers) {

  /** How to reach the applicant; a confidential field the reader may not see is {@code null}. */
  public record Contact(String address, String phone, String email) {
  }

  /** The principal applicant or a dependant; {@code specificNeeds} is {@code null} when withheld as confidential. */
  public record Person(long id, String role, String relationship, String name, String sex, LocalDate dateOfBirth,
      String nationality, List<String> languages, List<String> specificNeeds, String outcome) {
  }

  /** A step done: what, who ({@code null} for the system), when. */
  public record TimelineEntry(String key, String name, String type, String who, OffsetDateTime startedAt,
      OffsetDateTime endedAt) {
  }

  /** A document Refugio issued, downloadable at {@code href}. */
  public record IssuedDocument(long id, String type, String title, String sha256, OffsetDateTime issuedAt,
      String href) {
  }

  /**
   * An uploaded document at its latest version, with every earlier version. A confidential one the reader may not
   * open shows its type only: no file name, no checksum, no link.
   */
  public record UploadedDocument(long documentKey, String type, String typeName, Long personId, boolean confidential,
      boolean confidentialFromFamily, boolean restricted, List<Version> versions) {
  }

  /** One version of an uploaded document. */
  public record Version(long id, int version, String fileName, String contentType, long sizeBytes, String sha256,
      String uploadedBy, OffsetDateTime uploadedAt, String href) {
  }

  /** An officer's note; a confidential one the reader may not see is left out. */
  public record Note(long id, String text, boolean confidential, String writtenBy, OffsetDateTime writtenAt) {
  }
}
