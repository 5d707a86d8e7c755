package org.refugio.coi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Reads and writes the COI tables: {@code coi_document}, {@code coi_tag}, {@code coi_request}, {@code claim_coi},
 * {@code claim_coi_timing}.
 */
@Mapper
public interface CoiMapper {

  /** Stores a document and sets its generated id on the row. */
  void insertDocument(CoiDocumentRow row);

  void insertDocumentTag(@Param("documentId") long documentId, @Param("tag") String tag);

  void deleteDocumentTags(@Param("documentId") long documentId);

  Optional<CoiDocument> findDocument(@Param("id") long id);

  Optional<CoiContent> findContent(@Param("id") long id);

  /**
   * Documents matching every given criterion ({@code null} or empty: any), newest first; {@code text} is Spanish
   * full-text, accent-insensitive; {@code currentOn} keeps only those not yet due for review at that day.
   */
  List<CoiDocument> search(@Param("country") String country, @Param("tag") String tag, @Param("text") String text,
      @Param("currentOn") LocalDate currentOn, @Param("limit") int limit);

  /** Current documents of a country carrying at least one of the tags (any document when {@code tags} is empty). */
  List<Long> findCurrentIds(@Param("country") String country, @Param("tags") List<String> tags,
      @Param("day") LocalDate day);

  List<CoiTag> findTags();

  /** Stores a tag; false when the code exists already. */
  boolean insertTagIfAbsent(@Param("code") String code, @Param("label") String label, @Param("by") String by);

  int countTags(@Param("codes") List<String> codes);

  /** The open request of a country, if any. */
  Optional<CoiRequest> findOpenRequest(@Param("country") String country);

  /** Opens a request for a country unless one is open; the number of rows inserted (0 or 1). */
  int insertRequestIfNoneOpen(@Param("country") String country, @Param("topics") List<String> topics,
      @Param("question") String question);

  Optional<CoiRequest> findRequest(@Param("id") long id);

  List<CoiRequest> findRequests(@Param("status") String status);

  /** Marks an open request answered; the number of rows changed (0 when it was not open). */
  int answerRequest(@Param("id") long id, @Param("by") String by);

  /** Attaches a document to a claim; false when it was attached already. */
  boolean attachToClaim(@Param("claimId") long claimId, @Param("documentId") long documentId,
      @Param("by") String by);

  /** Attaches the documents to a claim in one statement; how many were not attached already. */
  int attachAllToClaim(@Param("claimId") long claimId, @Param("documentIds") List<Long> documentIds,
      @Param("by") String by);

  /** Keeps the claim's first COI attached (time, document, source) in {@code claim_coi_timing}. */
  void recordFirstCoi(@Param("claimId") long claimId);

  /** Keeps, in {@code claim_coi_timing}, that the claim reached the COI step now, unless it had already. */
  void recordCoiStepReached(@Param("claimId") long claimId);

  List<CoiDocument> findAttached(@Param("claimId") long claimId);
}
