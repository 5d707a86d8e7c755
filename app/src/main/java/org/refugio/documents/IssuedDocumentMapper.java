package org.refugio.documents;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads and writes {@code refugio.issued_document}; the SQL is in {@code IssuedDocumentMapper.xml}. */
@Mapper
public interface IssuedDocumentMapper {

  /** A document about to be stored. */
  record NewIssuedDocument(
      long claimId,
      DocumentType type,
      String fileName,
      String contentType,
      byte[] content,
      String sha256,
      String verificationCode,
      String issuedBy,
      OffsetDateTime issuedAt) {
  }

  /** Stores the document and returns its id. */
  long insert(NewIssuedDocument document);

  Optional<IssuedDocument> findById(long id);

  /** The claim's documents, oldest first, without their bytes. */
  List<IssuedDocument> findByClaim(long claimId);

  Optional<IssuedDocument> findByVerificationCode(String verificationCode);

  /** The document's bytes, only if it belongs to the claim. */
  Optional<DocumentContent> findContent(@Param("claimId") long claimId, @Param("id") long id);
}
