package org.refugio.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.refugio.appeal.AppealResult;
import org.refugio.casefile.StatusPins;
import org.refugio.documents.AppealResolutionData;
import org.refugio.documents.ConstanciaData;
import org.refugio.documents.Dependant;
import org.refugio.documents.DocumentService;
import org.refugio.documents.IssuedDocument;
import org.refugio.documents.Person;
import org.refugio.documents.PreventionData;
import org.refugio.documents.ResolutionData;
import org.refugio.security.Office;
import org.refugio.security.OfficeMapper;
import org.springframework.stereotype.Service;

/**
 * Issues a claim's documents from its stored record: the constancia de trámite, the prevención of a late filing, the
 * resolution and the resolution of a recurso de revisión.
 */
@Service
public class ClaimDocuments {

  private final ClaimMapper claims;
  private final OfficeMapper offices;
  private final DocumentService documents;
  private final DependantOutcomes dependantOutcomes;

  private final StatusPins statusPins;

  ClaimDocuments(ClaimMapper claims, OfficeMapper offices, DocumentService documents,
      DependantOutcomes dependantOutcomes, StatusPins statusPins) {
    this.statusPins = statusPins;
    this.claims = claims;
    this.offices = offices;
    this.documents = documents;
    this.dependantOutcomes = dependantOutcomes;
  }

  /** Issues the constancia with a new status PIN printed on it (any earlier PIN of the claim stops working). */
  public IssuedDocument issueConstancia(long claimId, String issuedBy) {
    Parties parties = parties(claimId, false);
    String statusPin = statusPins.issue(claimId);
    return documents.issueConstancia(claimId, new ConstanciaData(parties.claim().caseNumber(),
        parties.office().name(), parties.office().state(), parties.claim().applicationDate(), parties.principal(),
        parties.dependants(), now()), issuedBy, statusPin);
  }

  /** Issues the prevención of a late filing: the applicant has until {@code replyDue} to explain the delay. */
  public IssuedDocument issuePrevention(long claimId, int replyDays, LocalDate replyDue, String issuedBy) {
    Parties parties = parties(claimId, false);
    return documents.issuePrevention(claimId, new PreventionData(parties.claim().caseNumber(),
        parties.office().name(), parties.office().state(), parties.claim().applicationDate(),
        parties.claim().entryDate(), parties.principal(), parties.dependants(), replyDays, replyDue, now()),
        issuedBy);
  }

  /**
   * Issues the resolution. Every dependant not decided separately shares the principal applicant's outcome from now
   * on, and the resolution names each dependant with theirs.
   */
  public IssuedDocument issueResolution(long claimId, Outcome outcome, String grounds, String decidedBy,
      OffsetDateTime decidedAt) {
    dependantOutcomes.applyPrincipalOutcome(claimId, outcome);
    Parties parties = parties(claimId, true);
    return documents.issueResolution(claimId, new ResolutionData(parties.claim().caseNumber(),
        parties.office().name(), parties.office().state(), parties.principal(), parties.dependants(), outcome,
        grounds, decidedBy, decidedAt, now()), decidedBy);
  }

  /** Issues the legal unit's resolution of the claim's recurso de revisión. */
  public IssuedDocument issueAppealResolution(long claimId, Outcome appealedOutcome, LocalDate appealFiledOn,
      AppealResult result, Outcome newOutcome, String grounds, String decidedBy, OffsetDateTime decidedAt) {
    // a revoked decision: the rows of dependants decided separately keep their own outcome, the others take the new
    // one; confirmed: everyone keeps theirs; remanded: nobody has an outcome until the new resolution
    Parties parties = parties(claimId, result != AppealResult.REMANDED);
    return documents.issueAppealResolution(claimId, new AppealResolutionData(parties.claim().caseNumber(),
        parties.office().name(), parties.office().state(), parties.principal(), parties.dependants(),
        appealedOutcome, appealFiledOn, result, newOutcome, grounds, decidedBy, decidedAt, now()), decidedBy);
  }

  private Parties parties(long claimId, boolean withSeparateOutcomes) {
    ClaimRecord claim = claims.findById(claimId)
        .orElseThrow(() -> new IllegalStateException("No claim with id " + claimId));
    Office office = offices.findByCode(claim.officeCode()).orElseThrow();
    List<PersonRecord> people = claims.findPeople(claimId);
    Person principal = people.stream().filter(PersonRecord::isPrincipal).findFirst().map(ClaimDocuments::person)
        .orElseThrow(() -> new IllegalStateException("Claim " + claim.caseNumber() + " has no principal applicant"));
    List<Dependant> dependants = people.stream().filter(p -> !p.isPrincipal())
        .map(p -> new Dependant(person(p), Relationship.valueOf(p.relationship()).spanish(p.sex()),
            withSeparateOutcomes && p.decidedSeparately() && p.outcome() != null ? Outcome.valueOf(p.outcome())
                : null))
        .toList();
    return new Parties(claim, office, principal, dependants);
  }

  private static Person person(PersonRecord p) {
    return new Person(p.givenNames(), p.familyNames(), Person.Sex.valueOf(p.sex()), p.dateOfBirth(), p.nationality());
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ClaimService.ZONE);
  }

  private record Parties(ClaimRecord claim, Office office, Person principal, List<Dependant> dependants) {
  }
}
