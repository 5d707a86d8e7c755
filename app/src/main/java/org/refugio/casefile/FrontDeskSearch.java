package org.refugio.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.refugio.claim.ClaimMapper;
import org.refugio.claim.ClaimRecord;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;
import org.refugio.security.CurrentUser;
import org.refugio.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The front desk's lookup: a claim of any office by case number, or by name and date of birth, answered with its
 * status only. Every claim shown is recorded in the read audit.
 */
@Service
public class FrontDeskSearch {

  private static final int LIMIT = 10;
  private static final List<Role> SEARCHERS = List.of(Role.FRONT_DESK, Role.REGISTRATION, Role.ELIGIBILITY,
      Role.REVIEW, Role.MANAGER, Role.ARCHIVE, Role.LEGAL);

  private final FrontDeskMapper mapper;
  private final ClaimMapper claims;
  private final ReadAudit audit;

  FrontDeskSearch(FrontDeskMapper mapper, ClaimMapper claims, ReadAudit audit) {
    this.mapper = mapper;
    this.claims = claims;
    this.audit = audit;
  }

  /**
   * A claim's status as the front desk sees it: no names, no outcome; {@code fullFileAvailable} tells whether the
   * user may open the whole file (their own office, or a national role).
   */
  public record StatusOnly(String caseNumber, String office, String phase, String status, LocalDate applicationDate,
      String matchedAs, boolean fullFileAvailable) {
  }

  public List<StatusOnly> search(String caseNumber, String name, LocalDate dateOfBirth, CurrentUser user) {
    if (!mayUse(user)) {
      throw new AccessDeniedException("La consulta de ventanilla es para el personal de ventanilla y de las oficinas.");
    }
    if (caseNumber != null && !caseNumber.isBlank()) {
      return claims.findByCaseNumber(caseNumber.strip().toUpperCase(java.util.Locale.ROOT))
          .map(claim -> List.of(shown(claim, null, user))).orElse(List.of());
    }
    List<FieldError> errors = new ArrayList<>();
    if (name == null || name.strip().length() < 3) {
      errors.add(new FieldError("name", "Escriba al menos 3 letras del nombre, o busque por número de expediente."));
    }
    if (dateOfBirth == null) {
      errors.add(new FieldError("dateOfBirth", "Indique la fecha de nacimiento (AAAA-MM-DD) junto con el nombre."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se hizo la búsqueda.", errors);
    }
    return mapper.findByNameAndBirth(name.strip(), dateOfBirth, LIMIT).stream()
        .map(match -> shown(claims.findById(match.claimId()).orElseThrow(), match.role(), user))
        .toList();
  }

  private StatusOnly shown(ClaimRecord claim, String matchedAs, CurrentUser user) {
    audit.record(claim, user, "front-desk-status", "Consulta de estado en ventanilla");
    ClaimPhase phase = ClaimPhase.of(claim);
    return new StatusOnly(claim.caseNumber(), claim.officeCode(), phase.name(), phase.texts().get("es"),
        claim.applicationDate(), matchedAs, user.mayReadOffice(claim.officeCode()));
  }

  private static boolean mayUse(CurrentUser user) {
    if (user.isAdmin()) {
      return true;
    }
    return user.groupIds().stream().anyMatch(group -> SEARCHERS.stream().anyMatch(r -> group.startsWith(r.groupId())));
  }
}
