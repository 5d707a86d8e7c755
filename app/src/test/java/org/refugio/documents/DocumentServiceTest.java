package org.refugio.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.refugio.claim.Outcome;

class DocumentServiceTest {

  private final InMemoryMapper mapper = new InMemoryMapper();
  private final DocumentService service =
      new DocumentService(mapper, new DocumentRenderer(new DocumentsProperties("https://refugio.example.org")));

  @Test
  void shouldStoreTheConstanciaWithTheChecksumOfItsBytesWhenIssuingIt() throws Exception {
    // When
    IssuedDocument issued = service.issueConstancia(41L, Samples.constancia(List.of()), "registrationTap1");

    // Then
    byte[] stored = service.content(41L, issued.id()).orElseThrow().content();
    assertThat(new String(stored, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(issued.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)))
        .hasSize(64);
    assertThat(issued.type()).isEqualTo(DocumentType.CONSTANCIA);
    assertThat(issued.fileName()).isEqualTo("constancia-de-tramite-TAP-2024-000123-20240312.pdf");
    assertThat(issued.contentType()).isEqualTo("application/pdf");
    assertThat(issued.issuedBy()).isEqualTo("registrationTap1");
    assertThat(issued.issuedAt()).isEqualTo(Samples.ISSUED_AT);
    assertThat(mapper.findById(issued.id())).contains(issued);
  }

  @Test
  void shouldPrintTheStoredVerificationCodeWhenIssuingAResolution() {
    // When
    IssuedDocument issued = service.issueResolution(41L, Samples.resolution(Outcome.RECOGNIZED_1951,
        Samples.GROUNDS), "eligibilityTap1");

    // Then
    assertThat(issued.verificationCode()).matches("[0-9A-HJKMNP-TV-Z]{24}");
    assertThat(issued.fileName()).isEqualTo("resolucion-TAP-2024-000123-20240506.pdf");
    byte[] pdf = service.content(41L, issued.id()).orElseThrow().content();
    assertThat(PdfReading.text(pdf)).contains("/public/verify/" + issued.verificationCode(),
        VerificationCode.grouped(issued.verificationCode()));
  }

  @Test
  void shouldGiveEveryDocumentItsOwnVerificationCode() {
    // When
    IssuedDocument first = service.issueConstancia(41L, Samples.constancia(List.of()), "registrationTap1");
    IssuedDocument second = service.issueConstancia(41L, Samples.constancia(List.of()), "registrationTap1");

    // Then
    assertThat(first.verificationCode()).isNotEqualTo(second.verificationCode());
    assertThat(service.listForClaim(41L)).containsExactly(first, second);
  }

  @Test
  void shouldNotServeADocumentThroughAnotherClaim() {
    // Given
    IssuedDocument issued = service.issueConstancia(41L, Samples.constancia(List.of()), "registrationTap1");

    // When / Then
    assertThat(service.content(42L, issued.id())).isEmpty();
    assertThat(service.content(41L, issued.id() + 1)).isEmpty();
    assertThat(service.listForClaim(42L)).isEmpty();
  }

  @Test
  void shouldFindTheDocumentWhenTheVerificationCodeIsTypedFromPaper() {
    // Given
    IssuedDocument issued = service.issueConstancia(41L, Samples.constancia(List.of()), "registrationTap1");
    String typed = VerificationCode.grouped(issued.verificationCode()).toLowerCase().replace('0', 'o');

    // When / Then
    assertThat(service.findByVerificationCode(typed)).contains(issued);
    assertThat(service.findByVerificationCode("not-a-code")).isEmpty();
    assertThat(service.findByVerificationCode(null)).isEmpty();
  }

  /** The mapper's contract, kept in memory; the SQL itself is tested by {@code IssuedDocumentMapperIT}. */
  private static final class InMemoryMapper implements IssuedDocumentMapper {

    private final List<NewIssuedDocument> rows = new ArrayList<>();

    @Override
    public long insert(NewIssuedDocument document) {
      rows.add(document);
      return rows.size();
    }

    @Override
    public Optional<IssuedDocument> findById(long id) {
      return id < 1 || id > rows.size() ? Optional.empty() : Optional.of(metadata(id));
    }

    @Override
    public List<IssuedDocument> findByClaim(long claimId) {
      List<IssuedDocument> found = new ArrayList<>();
      for (long id = 1; id <= rows.size(); id++) {
        if (rows.get((int) id - 1).claimId() == claimId) {
          found.add(metadata(id));
        }
      }
      return found;
    }

    @Override
    public Optional<IssuedDocument> findByVerificationCode(String verificationCode) {
      for (long id = 1; id <= rows.size(); id++) {
        if (rows.get((int) id - 1).verificationCode().equals(verificationCode)) {
          return Optional.of(metadata(id));
        }
      }
      return Optional.empty();
    }

    @Override
    public Optional<DocumentContent> findContent(long claimId, long id) {
      return findById(id).filter(document -> document.claimId() == claimId).map(document ->
          new DocumentContent(document.fileName(), document.contentType(), rows.get((int) id - 1).content()));
    }

    private IssuedDocument metadata(long id) {
      NewIssuedDocument row = rows.get((int) id - 1);
      return new IssuedDocument(id, row.claimId(), row.type(), row.fileName(), row.contentType(), row.sha256(),
          row.verificationCode(), row.issuedBy(), row.issuedAt());
    }
  }
}
