package org.refugio.inclusion.roundtable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.refugio.engine.FieldError;
import org.refugio.engine.InvalidRequestException;

/** The period of a gap report, both days included, and the previous period of equal length. */
record GapPeriod(LocalDate from, LocalDate to) {

  /** The longest period a report covers: ten years. */
  static final long MAX_DAYS = 3660;

  /** The period from the request's {@code from} and {@code to}; every problem with them is reported at once. */
  static GapPeriod parse(String from, String to) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate start = date("from", from, errors);
    LocalDate end = date("to", to, errors);
    if (start != null && end != null && start.isAfter(end)) {
      errors.add(new FieldError("from", "La fecha inicial (" + start + ") es posterior a la final (" + end
          + "): inviértalas."));
    } else if (start != null && end != null && ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      errors.add(new FieldError("to", "El periodo abarca más de diez años: acórtelo."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException("No se calculó el reporte de brechas.", errors);
    }
    return new GapPeriod(start, end);
  }

  private static LocalDate date(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "Indique la fecha " + (field.equals("from") ? "inicial" : "final") + " ("
          + field + ") en formato AAAA-MM-DD, p. ej. 2026-10-01."));
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "La fecha «" + value + "» no es válida: use el formato AAAA-MM-DD, "
          + "p. ej. 2026-10-01."));
      return null;
    }
  }

  long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The period of equal length that ends the day before this one starts. */
  GapPeriod previous() {
    return new GapPeriod(from.minusDays(days()), from.minusDays(1));
  }
}
