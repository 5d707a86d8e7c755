package org.refugio.casefile;

import java.time.OffsetDateTime;

/**
 * One version of a scan or piece of evidence uploaded to a case file, without its bytes. Versions of the same
 * document share its {@code documentKey}.
 *
 * @param personId the person of the family case the document concerns, if one
 * @param confidential only the office's eligibility, review and management staff (and national legal and admin) may
 *     open it
 * @param confidentialFromFamily left out of the file as shown for any other member of the family case
 */
public record CaseDocument(long id, long claimId, long documentKey, int version, String type, Long personId,
    String fileName, String contentType, long sizeBytes, String sha256, boolean confidential,
    boolean confidentialFromFamily, String uploadedBy, OffsetDateTime uploadedAt) {
}
