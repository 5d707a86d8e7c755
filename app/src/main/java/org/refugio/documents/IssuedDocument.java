package org.refugio.documents;

import java.time.OffsetDateTime;

/**
 * An issued document's metadata: everything but its bytes.
 *
 * @param sha256 SHA-256 of the PDF bytes, 64 lower-case hex digits
 * @param verificationCode the random code printed on the document and encoded in its QR code
 */
public record IssuedDocument(
    long id,
    long claimId,
    DocumentType type,
    String fileName,
    String contentType,
    String sha256,
    String verificationCode,
    String issuedBy,
    OffsetDateTime issuedAt) {
}
