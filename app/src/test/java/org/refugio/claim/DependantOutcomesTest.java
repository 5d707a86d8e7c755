package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.refugio.documents.DocumentType;
import org.refugio.documents.IssuedDocument;

/** When a dependant may still be decided separately: until the claim's current resolution is issued. */
class DependantOutcomesTest {

  @Test
  void shouldAllowASeparateDecisionWhenNoResolutionWasIssued() {
    assertThat(DependantOutcomes.resolutionIssued(List.of(document(DocumentType.CONSTANCIA)), null)).isFalse();
  }

  @Test
  void shouldRefuseASeparateDecisionWhenTheResolutionWasIssued() {
    assertThat(DependantOutcomes.resolutionIssued(
        List.of(document(DocumentType.CONSTANCIA), document(DocumentType.RESOLUTION)), null)).isTrue();
    // an appeal that confirmed or revoked does not reopen the decision
    assertThat(DependantOutcomes.resolutionIssued(List.of(document(DocumentType.RESOLUTION),
        document(DocumentType.APPEAL_RESOLUTION)), "REVOKED")).isTrue();
  }

  @Test
  void shouldAllowItAgainWhenAnAppealRemandedTheClaimUntilTheNewResolutionIsIssued() {
    List<IssuedDocument> remanded = List.of(document(DocumentType.CONSTANCIA), document(DocumentType.RESOLUTION),
        document(DocumentType.APPEAL_RESOLUTION));
    assertThat(DependantOutcomes.resolutionIssued(remanded, "REMANDED")).isFalse();

    List<IssuedDocument> decidedAgain = new java.util.ArrayList<>(remanded);
    decidedAgain.add(document(DocumentType.RESOLUTION));
    assertThat(DependantOutcomes.resolutionIssued(decidedAgain, "REMANDED")).isTrue();
  }

  private static IssuedDocument document(DocumentType type) {
    return new IssuedDocument(1, 1, type, "x.pdf", "application/pdf", "0".repeat(64), "CODE", "refugio",
        OffsetDateTime.now());
  }
}
