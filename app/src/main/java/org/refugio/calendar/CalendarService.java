package org.refugio.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.refugio.engine.FieldError;
import org.refugio.security.CurrentUser;
import org.refugio.security.Office;
import org.refugio.security.OfficeMapper;
import org.refugio.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar as policy staff maintain it: business-day arithmetic for anyone, and declaring or removing
 * non-working days and suspensions for the policy role, each change followed by {@link Deadlines#recompute()}.
 * A national policy officer (group {@code policy}) acts for every office; an office's policy officer (group
 * {@code policyTap}) declares national days and their own office's.
 */
@Service
public class CalendarService {

  /** The longest business-day deadline the API computes, and the longest span it counts. */
  static final int MAX_DAYS = 1000;
  static final int MAX_SUSPENSION_DAYS = 366;
  static final int LAST_SUPPORTED_YEAR = 2100;

  private final BusinessCalendar calendar;
  private final NonWorkingDayMapper nonWorkingDays;
  private final OfficeMapper offices;
  private final Deadlines deadlines;
  private final TransactionTemplate transaction;

  public CalendarService(BusinessCalendar calendar, NonWorkingDayMapper nonWorkingDays, OfficeMapper offices,
      Deadlines deadlines, PlatformTransactionManager transactionManager) {
    this.calendar = calendar;
    this.nonWorkingDays = nonWorkingDays;
    this.offices = offices;
    this.deadlines = deadlines;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /** A day declared, and how many running deadlines moved because of it. */
  public record Declared(CalendarDay day, int deadlinesMoved) {
  }

  /** A suspension declared: the days of its period that were not declared before, and the deadlines moved. */
  public record Suspended(LocalDate from, LocalDate to, String office, String reason, String reference,
      int daysDeclared, int deadlinesMoved) {
  }

  /** The days of a year that are not business days at an office (every office's declared days without one). */
  public record CalendarYear(int year, String office, List<CalendarDay> days) {
  }

  public LocalDate addBusinessDays(String from, String days, String office) {
    Fields fields = new Fields();
    LocalDate event = fields.date("from", from);
    Integer count = fields.integer("days", days, 0, MAX_DAYS);
    String officeCode = fields.office("office", office);
    fields.throwIfAny();
    return calendar.addBusinessDays(event, count, officeCode);
  }

  public int countBusinessDays(String from, String to, String office) {
    Fields fields = new Fields();
    LocalDate start = fields.date("from", from);
    LocalDate end = fields.date("to", to);
    String officeCode = fields.office("office", office);
    if (start != null && end != null && Math.abs(ChronoUnit.DAYS.between(start, end)) > 10 * 366) {
      fields.add("to", "El intervalo no puede superar diez años; cuente por tramos más cortos.");
    }
    fields.throwIfAny();
    return calendar.countBusinessDays(start, end, officeCode);
  }

  public CalendarYear year(String year, String office) {
    Fields fields = new Fields();
    Integer value = fields.integer("year", year, StatutoryHolidays.FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR);
    String officeCode = fields.office("office", office);
    fields.throwIfAny();
    List<CalendarDay> days = new ArrayList<>();
    StatutoryHolidays.named(value).forEach((date, name) -> days.add(CalendarDay.statutory(date, name)));
    nonWorkingDays.findBetween(LocalDate.of(value, 1, 1), LocalDate.of(value, 12, 31), officeCode).stream()
        .map(CalendarDay::declared).forEach(days::add);
    days.sort(Comparator.comparing(CalendarDay::date));
    return new CalendarYear(value, officeCode, days);
  }

  /** Declares one day non-working at an office ({@code null}: nationally), then recomputes running deadlines. */
  public Declared declare(String date, String reason, String reference, String office, CurrentUser user) {
    requirePolicyRole(user);
    Fields fields = new Fields();
    LocalDate day = fields.date("date", date);
    String why = fields.text("reason", reason, "Indique el motivo, p. ej. «Jueves Santo».");
    String agreement = fields.text("reference", reference,
        "Indique el acuerdo publicado que lo declara, p. ej. «DOF 15/03/2027».");
    String officeCode = fields.office("office", office);
    fields.throwIfAny();
    requireMayDeclare(user, officeCode);
    String already = whyNotABusinessDay(day);
    if (already != null) {
      throw new CalendarConflictException("El " + day + " ya es inhábil (" + already + "): no hace falta declararlo.");
    }
    if (officeCode != null) {
      nonWorkingDays.find(day, null).ifPresent(national -> {
        throw new CalendarConflictException("El " + day + " ya está declarado inhábil a nivel nacional ("
            + national.reason() + ", " + national.reference() + "), también en la oficina " + officeCode + ".");
      });
    }
    NonWorkingDay declared = new NonWorkingDay(day, officeCode, NonWorkingDayKind.DECLARED, why, agreement,
        user.userId(), null);
    if (!nonWorkingDays.insertIfAbsent(declared)) {
      NonWorkingDay existing = nonWorkingDays.find(day, officeCode).orElseThrow();
      throw new CalendarConflictException("El " + day + " ya está declarado inhábil " + where(officeCode) + " ("
          + existing.reason() + ", " + existing.reference() + "): elimínelo primero si quiere cambiarlo.");
    }
    int moved = deadlines.recompute();
    return new Declared(CalendarDay.declared(nonWorkingDays.find(day, officeCode).orElseThrow()), moved);
  }

  /** Removes a declared day (of any kind) at exactly that office, then recomputes running deadlines. */
  public int remove(String date, String office, CurrentUser user) {
    requirePolicyRole(user);
    Fields fields = new Fields();
    LocalDate day = fields.date("date", date);
    String officeCode = fields.office("office", office);
    fields.throwIfAny();
    requireMayDeclare(user, officeCode);
    if (nonWorkingDays.delete(day, officeCode) == 0) {
      throw new NonWorkingDayNotFoundException("El " + day + " no está declarado inhábil " + where(officeCode)
          + ": no hay nada que eliminar.");
    }
    return deadlines.recompute();
  }

  /**
   * Suspends deadlines from {@code from} to {@code to} (both included, at most 366 days): every day of the period not
   * yet declared becomes a SUSPENSION day; then recomputes running deadlines.
   */
  public Suspended suspend(String from, String to, String reason, String reference, String office,
      CurrentUser user) {
    requirePolicyRole(user);
    Fields fields = new Fields();
    LocalDate start = fields.date("from", from);
    LocalDate end = fields.date("to", to);
    String why = fields.text("reason", reason, "Indique el motivo de la suspensión de plazos.");
    String agreement = fields.text("reference", reference,
        "Indique el acuerdo publicado que suspende los plazos, p. ej. «DOF 24/03/2020».");
    String officeCode = fields.office("office", office);
    fields.checkPeriod(start, end);
    fields.throwIfAny();
    requireMayDeclare(user, officeCode);
    int declared = transaction.execute(status -> {
      int inserted = 0;
      for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
        if (nonWorkingDays.insertIfAbsent(new NonWorkingDay(day, officeCode, NonWorkingDayKind.SUSPENSION, why,
            agreement, user.userId(), null))) {
          inserted++;
        }
      }
      return inserted;
    });
    if (declared == 0) {
      throw new CalendarConflictException("Todos los días del " + start + " al " + end + " ya están declarados "
          + "inhábiles " + where(officeCode) + ": no se declaró ninguno.");
    }
    return new Suspended(start, end, officeCode, why, agreement, declared, deadlines.recompute());
  }

  /** Lifts the suspension days from {@code from} to {@code to} at exactly that office; recomputes running deadlines. */
  public int lift(String from, String to, String office, CurrentUser user) {
    requirePolicyRole(user);
    Fields fields = new Fields();
    LocalDate start = fields.date("from", from);
    LocalDate end = fields.date("to", to);
    String officeCode = fields.office("office", office);
    fields.checkPeriod(start, end);
    fields.throwIfAny();
    requireMayDeclare(user, officeCode);
    if (nonWorkingDays.deleteSuspension(start, end, officeCode) == 0) {
      throw new NonWorkingDayNotFoundException("No hay días de suspensión del " + start + " al " + end + " "
          + where(officeCode) + ": no hay nada que levantar.");
    }
    return deadlines.recompute();
  }

  /** Recomputes every running deadline on the current calendar (after a recomputation that could not move some). */
  public int recomputeDeadlines(CurrentUser user) {
    requirePolicyRole(user);
    return deadlines.recompute();
  }

  /** Whether the user may declare days at {@code office} ({@code null}: nationally). */
  public boolean mayDeclare(CurrentUser user, String office) {
    if (user.isAdmin() || user.groupIds().contains(Role.POLICY.groupId())) {
      return true;
    }
    if (office != null) {
      return user.groupIds().contains(Role.POLICY.groupId(office));
    }
    return !policyOffices(user).isEmpty();
  }

  private void requirePolicyRole(CurrentUser user) {
    if (!user.isAdmin() && !user.groupIds().contains(Role.POLICY.groupId()) && policyOffices(user).isEmpty()) {
      throw new AccessDeniedException("Solo el personal de políticas (grupo policy o el de su oficina) puede "
          + "declarar o eliminar días inhábiles.");
    }
  }

  private void requireMayDeclare(CurrentUser user, String office) {
    if (!mayDeclare(user, office)) {
      throw new AccessDeniedException("Solo puede declarar días inhábiles nacionales o de su propia oficina ("
          + String.join(", ", policyOffices(user)) + "), no de " + office + ".");
    }
  }

  private List<String> policyOffices(CurrentUser user) {
    return offices.findAll().stream().map(Office::code)
        .filter(code -> user.groupIds().contains(Role.POLICY.groupId(code))).toList();
  }

  /** Why a day is not a business day regardless of declarations, or {@code null}. */
  private static String whyNotABusinessDay(LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return "es sábado";
    }
    if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return "es domingo";
    }
    String holiday = StatutoryHolidays.named(day.getYear()).get(day);
    return holiday == null ? null : holiday + ", inhábil por ley";
  }

  private static String where(String office) {
    return office == null ? "a nivel nacional" : "en la oficina " + office;
  }

  /** Collects every wrong field of a request before refusing it. */
  private final class Fields {
    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
      errors.add(new FieldError(field, message));
    }

    LocalDate date(String field, String value) {
      if (value == null || value.isBlank()) {
        add(field, "Indique la fecha con el formato AAAA-MM-DD, p. ej. 2027-03-25.");
        return null;
      }
      try {
        LocalDate date = LocalDate.parse(value.strip());
        if (date.getYear() < StatutoryHolidays.FIRST_SUPPORTED_YEAR || date.getYear() > LAST_SUPPORTED_YEAR) {
          add(field, "La fecha debe estar entre los años " + StatutoryHolidays.FIRST_SUPPORTED_YEAR + " y "
              + LAST_SUPPORTED_YEAR + ".");
          return null;
        }
        return date;
      } catch (DateTimeParseException e) {
        add(field, "«" + value + "» no es una fecha válida: use el formato AAAA-MM-DD, p. ej. 2027-03-25.");
        return null;
      }
    }

    Integer integer(String field, String value, int min, int max) {
      try {
        int number = Integer.parseInt(value == null ? "" : value.strip());
        if (number < min || number > max) {
          add(field, "Indique un número entre " + min + " y " + max + ".");
          return null;
        }
        return number;
      } catch (NumberFormatException e) {
        add(field, "Indique un número entero entre " + min + " y " + max + ".");
        return null;
      }
    }

    String text(String field, String value, String whatToDo) {
      if (value == null || value.isBlank()) {
        add(field, whatToDo);
        return null;
      }
      return value.strip();
    }

    /** The office code, upper-cased; {@code null} when none was given (national). */
    String office(String field, String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      String code = value.strip().toUpperCase(Locale.ROOT);
      if (offices.findByCode(code).isEmpty()) {
        add(field, "La oficina «" + value + "» no existe; use uno de estos códigos: "
            + offices.findAll().stream().map(Office::code).collect(Collectors.joining(", ")) + ".");
        return null;
      }
      return code;
    }

    void checkPeriod(LocalDate from, LocalDate to) {
      if (from == null || to == null) {
        return;
      }
      if (to.isBefore(from)) {
        add("to", "La fecha final no puede ser anterior a la inicial.");
      } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_SUSPENSION_DAYS) {
        add("to", "Una suspensión abarca a lo más " + MAX_SUSPENSION_DAYS + " días; declare un periodo más largo "
            + "en varias partes.");
      }
    }

    void throwIfAny() {
      if (!errors.isEmpty()) {
        throw new InvalidCalendarRequestException(errors);
      }
    }
  }
}
