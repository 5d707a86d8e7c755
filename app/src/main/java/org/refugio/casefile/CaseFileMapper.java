package org.refugio.casefile;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.refugio.documents.DocumentContent;

/** Reads and writes {@code refugio.case_document} and {@code refugio.case_note}. */
@Mapper
public interface CaseFileMapper {

  /** A document version about to be stored; {@code documentKey} null for a new document. */
  record NewCaseDocument(long claimId, Long documentKey, String type, Long personId, String fileName,
      String contentType, long sizeBytes, byte[] content, String sha256, boolean confidential,
      boolean confidentialFromFamily, String uploadedBy) {
  }

  /** Stores the version (the next of its document, or the first of a new one) and returns its id. */
  long insertDocument(NewCaseDocument document);

  /** Locks the document's versions until the transaction ends, so that two replacements get distinct numbers. */
  List<Long> lockDocument(@Param("claimId") long claimId, @Param("documentKey") long documentKey);

  /** Every version of every document of the claim, oldest first. */
  List<CaseDocument> findDocuments(long claimId);

  Optional<CaseDocument> findDocument(@Param("claimId") long claimId, @Param("id") long id);

  Optional<DocumentContent> findContent(@Param("claimId") long claimId, @Param("id") long id);

  long insertNote(@Param("claimId") long claimId, @Param("text") String text,
      @Param("confidential") boolean confidential, @Param("writtenBy") String writtenBy);

  List<CaseNote> findNotes(long claimId);

  /** How to reach the applicant, as registered. */
  record Contact(String address, String phone, String email) {
  }

  Optional<Contact> findContact(long claimId);

  List<String> findConfidentialFields(long claimId);

  void clearConfidentialFields(long claimId);

  void insertConfidentialField(@Param("claimId") long claimId, @Param("field") String field,
      @Param("markedBy") String markedBy);
}
