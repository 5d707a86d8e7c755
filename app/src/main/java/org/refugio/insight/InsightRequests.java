package org.refugio.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.refugio.claim.Modality;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;
import org.refugio.security.CurrentUser;
import org.refugio.security.Office;
import org.refugio.security.OfficeMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Turns a manager's query parameters into a checked {@link InsightFilter}, within the manager's office scope. */
@Component
public class InsightRequests {

  /** The longest period a view covers. */
  static final int MAX_YEARS = 2;

  private final OfficeMapper offices;
  private final Clock clock;

  InsightRequests(OfficeMapper offices, Clock clock) {
    this.offices = offices;
    this.clock = clock;
  }

  /** The manager's scope; refuses everyone else. */
  public InsightScope scopeOf(CurrentUser user) {
    InsightScope scope = InsightScope.of(user.groupIds());
    if (scope == null) {
      throw new AccessDeniedException("Los indicadores de gestión son solo para la gerencia (grupo manager o "
          + "manager<Oficina>). Pida el acceso a la administración.");
    }
    return scope;
  }

  /**
   * The filter of a request. Without {@code from} and {@code to} the period is the last twelve months up to today;
   * an office outside the manager's scope is refused (403), a malformed or unknown value is a field error (400).
   */
  public InsightFilter filter(CurrentUser user, String from, String to, String office, String modality) {
    return check(scopeOf(user), from, to, office, modality, offices.findAll().stream().map(Office::code).toList(),
        LocalDate.now(clock), clock.getZone().getId());
  }

  /**
   * The checks of {@link #filter(CurrentUser, String, String, String, String)} for a known scope, the offices that
   * exist, today and the agency's time zone (the Cockpit plugin's resources are not Spring beans).
   */
  public static InsightFilter check(InsightScope scope, String from, String to, String office, String modality,
      List<String> knownOffices, LocalDate today, String zone) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate toDay = parseDate("to", to, today, errors);
    LocalDate fromDay = parseDate("from", from, (toDay == null ? today : toDay).minusYears(1).plusDays(1), errors);
    if (fromDay != null && toDay != null) {
      if (fromDay.isAfter(toDay)) {
        errors.add(new FieldError("from", "La fecha inicial (" + fromDay + ") es posterior a la final (" + toDay
            + "): indique un periodo con from anterior o igual a to."));
      } else if (toDay.isAfter(fromDay.plusYears(MAX_YEARS).minusDays(1))) {
        errors.add(new FieldError("to", "El periodo de " + fromDay + " a " + toDay + " supera " + MAX_YEARS
            + " años: pida periodos de " + MAX_YEARS + " años como máximo."));
      }
    }
    String officeCode = null;
    if (office != null && !office.isBlank()) {
      officeCode = office.trim().toUpperCase(java.util.Locale.ROOT);
      if (!knownOffices.contains(officeCode)) {
        errors.add(new FieldError("office", "La oficina '" + office + "' no existe: use uno de los códigos "
            + String.join(", ", knownOffices) + "."));
        officeCode = null;
      }
    }
    String modalityName = null;
    if (modality != null && !modality.isBlank()) {
      modalityName = modality.trim().toUpperCase(java.util.Locale.ROOT);
      String name = modalityName;
      if (Arrays.stream(Modality.values()).map(Modality::name).noneMatch(name::equals)) {
        errors.add(new FieldError("modality", "La modalidad '" + modality + "' no existe: use una de "
            + String.join(", ", Arrays.stream(Modality.values()).map(Modality::name).toList()) + "."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se pudieron calcular los indicadores.", errors);
    }
    if (officeCode != null && !scope.covers(officeCode)) {
      throw new AccessDeniedException("Usted gestiona " + String.join(", ", new java.util.TreeSet<>(scope.offices()))
          + ": no puede consultar los indicadores de la oficina " + officeCode + ".");
    }
    return InsightFilter.of(fromDay, toDay, scope.limitTo(officeCode), modalityName, zone);
  }

  private static LocalDate parseDate(String field, String value, LocalDate fallback, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "La fecha '" + value + "' no es válida: use el formato AAAA-MM-DD, "
          + "por ejemplo 2025-03-31."));
      return null;
    }
  }
}
