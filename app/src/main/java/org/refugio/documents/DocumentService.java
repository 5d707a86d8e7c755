package org.refugio.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.refugio.documents.IssuedDocumentMapper.NewIssuedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Issues a claim's documents as PDF, stores them with their checksum and verification code, and serves them. */
@Service
public class DocumentService {

  private static final Logger log = LoggerFactory.getLogger(DocumentService.class);
  private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final IssuedDocumentMapper mapper;
  private final DocumentRenderer renderer;

  public DocumentService(IssuedDocumentMapper mapper, DocumentRenderer renderer) {
    this.mapper = mapper;
    this.renderer = renderer;
  }

  /** Issues and stores the claim's constancia de trámite. */
  public IssuedDocument issueConstancia(long claimId, ConstanciaData data, String issuedBy) {
    return issueConstancia(claimId, data, issuedBy, null);
  }

  /** Issues and stores the claim's constancia de trámite, printing the applicant's status PIN on it. */
  public IssuedDocument issueConstancia(long claimId, ConstanciaData data, String issuedBy, String statusPin) {
    String verificationCode = VerificationCode.generate();
    byte[] pdf = renderer.renderConstancia(data, verificationCode, statusPin);
    return store(claimId, DocumentType.CONSTANCIA, fileName(DocumentType.CONSTANCIA, data.caseNumber(),
        data.issuedAt().format(FILE_DATE)), pdf, verificationCode, issuedBy, data.issuedAt());
  }

  /** Issues and stores the claim's first-instance resolution. */
  public IssuedDocument issueResolution(long claimId, ResolutionData data, String issuedBy) {
    String verificationCode = VerificationCode.generate();
    byte[] pdf = renderer.renderResolution(data, verificationCode);
    return store(claimId, DocumentType.RESOLUTION, fileName(DocumentType.RESOLUTION, data.caseNumber(),
        data.issuedAt().format(FILE_DATE)), pdf, verificationCode, issuedBy, data.issuedAt());
  }

  /** Issues and stores the resolution of the claim's recurso de revisión. */
  public IssuedDocument issueAppealResolution(long claimId, AppealResolutionData data, String issuedBy) {
    String verificationCode = VerificationCode.generate();
    byte[] pdf = renderer.renderAppealResolution(data, verificationCode);
    return store(claimId, DocumentType.APPEAL_RESOLUTION, fileName(DocumentType.APPEAL_RESOLUTION,
        data.caseNumber(), data.issuedAt().format(FILE_DATE)), pdf, verificationCode, issuedBy, data.issuedAt());
  }

  /** Issues and stores the prevención of a late filing. */
  public IssuedDocument issuePrevention(long claimId, PreventionData data, String issuedBy) {
    String verificationCode = VerificationCode.generate();
    byte[] pdf = renderer.renderPrevention(data, verificationCode);
    return store(claimId, DocumentType.PREVENTION, fileName(DocumentType.PREVENTION, data.caseNumber(),
        data.issuedAt().format(FILE_DATE)), pdf, verificationCode, issuedBy, data.issuedAt());
  }

  /** The claim's issued documents, oldest first, without their bytes. */
  public List<IssuedDocument> listForClaim(long claimId) {
    return mapper.findByClaim(claimId);
  }

  /** The document's bytes, if the document exists and belongs to the claim. */
  public Optional<DocumentContent> content(long claimId, long documentId) {
    return mapper.findContent(claimId, documentId);
  }

  /**
   * The document a verification code, typed from paper or read from the QR code, belongs to; empty if none does.
   */
  public Optional<IssuedDocument> findByVerificationCode(String verificationCode) {
    return VerificationCode.normalize(verificationCode).flatMap(mapper::findByVerificationCode);
  }

  private IssuedDocument store(long claimId, DocumentType type, String fileName, byte[] pdf, String verificationCode,
      String issuedBy, OffsetDateTime issuedAt) {
    String sha256 = sha256(pdf);
    long id = mapper.insert(new NewIssuedDocument(claimId, type, fileName, DocumentRenderer.CONTENT_TYPE, pdf, sha256,
        verificationCode, issuedBy, issuedAt));
    log.info("Issued {} document {} for claim {} ({} bytes)", type, id, claimId, pdf.length);
    return new IssuedDocument(id, claimId, type, fileName, DocumentRenderer.CONTENT_TYPE, sha256, verificationCode,
        issuedBy, issuedAt);
  }

  /** "constancia-de-tramite-TAP-2024-000123-20240315.pdf": type, case number, issue date; safe in any file system. */
  static String fileName(DocumentType type, String caseNumber, String issueDate) {
    String safeCaseNumber = caseNumber.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    return type.fileNameStem() + "-" + safeCaseNumber + "-" + issueDate + ".pdf";
  }

  /** SHA-256 of the bytes, 64 lower-case hex digits: the checksum every stored document carries. */
  public static String sha256Of(byte[] bytes) {
    return sha256(bytes);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
