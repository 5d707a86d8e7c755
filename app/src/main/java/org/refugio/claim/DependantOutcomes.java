package org.refugio.claim;

import java.util.ArrayList;
import java.util.List;
import org.refugio.documents.DocumentService;
import org.refugio.documents.DocumentType;
import org.refugio.documents.IssuedDocument;
import org.refugio.engine.FieldError;
import org.refugio.security.CurrentUser;
import org.refugio.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome of each person of a family case: dependants share the principal applicant's outcome unless an officer
 * decides a dependant's claim separately, before the resolution is issued.
 */
@Service
public class DependantOutcomes {

  /** The shortest reasoning accepted for deciding a dependant separately. */
  static final int MIN_GROUNDS = 30;
  private static final Logger log = LoggerFactory.getLogger(DependantOutcomes.class);

  private final ClaimMapper claims;
  private final ClaimStatusService statusService;
  private final DocumentService documents;

  DependantOutcomes(ClaimMapper claims, ClaimStatusService statusService, DocumentService documents) {
    this.claims = claims;
    this.statusService = statusService;
    this.documents = documents;
  }

  /** Decides one dependant's claim separately from the principal applicant's. */
  @Transactional
  public void decideSeparately(String caseNumber, long personId, String outcome, String grounds, CurrentUser user) {
    ClaimRecord claim = statusService.readableClaim(caseNumber, user);
    if (!user.hasRole(Role.ELIGIBILITY, claim.officeCode()) && !user.hasRole(Role.REVIEW, claim.officeCode())) {
      throw new AccessDeniedException("Solo el personal de elegibilidad o de revisión de la oficina puede resolver "
          + "por separado la solicitud de un familiar.");
    }
    PersonRecord person = claims.findPeople(claim.id()).stream().filter(p -> p.id() == personId).findFirst()
        .orElseThrow(() -> new PersonNotFoundException(caseNumber, personId));
    List<FieldError> errors = new ArrayList<>();
    if (person.isPrincipal()) {
      errors.add(new FieldError("personId", "La persona es la solicitante principal: su sentido es el de la "
          + "resolución. Solo un familiar dependiente se resuelve por separado."));
    }
    Outcome decided = parseOutcome(outcome, errors);
    if (grounds == null || grounds.strip().length() < MIN_GROUNDS) {
      errors.add(new FieldError("grounds", "Explique por qué el familiar se resuelve por separado y en ese sentido "
          + "(al menos " + MIN_GROUNDS + " caracteres)."));
    } else if (grounds.strip().length() > 4000) {
      errors.add(new FieldError("grounds", "Los motivos admiten como máximo 4000 caracteres; un escrito más extenso "
          + "se adjunta al expediente."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se registró el sentido del familiar; corrija los campos indicados.",
          errors);
    }
    if ("CLOSED".equals(claim.status())) {
      throw new ClaimConflictException("El expediente " + caseNumber + " está cerrado.");
    }
    if (resolutionIssued(documents.listForClaim(claim.id()), claim.appealResult())) {
      throw new ClaimConflictException("La resolución del expediente " + caseNumber + " ya se emitió: el sentido de "
          + "un familiar solo puede resolverse por separado antes de emitirla.");
    }
    claims.decideDependantSeparately(personId, decided.name(), grounds.strip(), user.userId());
    log.info("Dependant {} of claim {} decided separately", personId, caseNumber);
  }

  /** Gives the principal's outcome to the principal and to every dependant not decided separately. */
  public void applyPrincipalOutcome(long claimId, Outcome outcome) {
    claims.applyPrincipalOutcome(claimId, outcome.name());
  }

  /**
   * Whether the claim's current resolution has been issued: a resolution exists, and no appeal sent the claim back
   * for a new assessment after it (then the next resolution is still to come).
   *
   * @param issued the claim's documents, oldest first
   */
  static boolean resolutionIssued(List<IssuedDocument> issued, String appealResult) {
    int lastResolution = -1;
    int lastAppealResolution = -1;
    for (int i = 0; i < issued.size(); i++) {
      if (issued.get(i).type() == DocumentType.RESOLUTION) {
        lastResolution = i;
      } else if (issued.get(i).type() == DocumentType.APPEAL_RESOLUTION) {
        lastAppealResolution = i;
      }
    }
    if (lastResolution < 0) {
      return false;
    }
    boolean remandedSince = "REMANDED".equals(appealResult) && lastAppealResolution > lastResolution;
    return !remandedSince;
  }

  private static Outcome parseOutcome(String outcome, List<FieldError> errors) {
    if (outcome == null || outcome.isBlank()) {
      errors.add(new FieldError("outcome", "Indique el sentido de la resolución para el familiar."));
      return null;
    }
    try {
      return Outcome.valueOf(outcome.strip());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("outcome", "El sentido no es válido; use uno de: "
          + String.join(", ", java.util.Arrays.stream(Outcome.values()).map(Enum::name).toList()) + "."));
      return null;
    }
  }
}
