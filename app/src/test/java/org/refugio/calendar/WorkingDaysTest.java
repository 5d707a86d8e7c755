package org.refugio.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refugio.engine.ExpressionBeans;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The {@code workingDays} expression bean that BPMN timers and due dates call. */
class WorkingDaysTest {

  @Test
  void shouldBeDueAtTheEndOfTheLastBusinessDayInMexicoCityWhenFortyFiveDaysFromTenthOfMarch2026() {
    // Given
    WorkingDays workingDays = new WorkingDays(new BusinessCalendar((from, to, office) -> Set.of()));
    // When
    Date due = workingDays.after(LocalDate.of(2026, 3, 10), 45);
    // Then Friday 15 May 2026, 23:59:59 in Mexico City (UTC-6, no daylight saving time since 2022)
    assertThat(due.toInstant()).isEqualTo(Instant.parse("2026-05-16T05:59:59Z"));
  }

  @Test
  void shouldBeResolvableFromExpressionsWhenTheCalendarIsWired() {
    // Given the calendar beans in a Spring context
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
        NoDeclaredDays.class, BusinessCalendar.class, WorkingDays.class)) {
      // When
      ExpressionBeans expressionBeans = new ExpressionBeans(context);
      // Then BPMN can name workingDays, and nothing else of the calendar
      assertThat(expressionBeans.get("workingDays")).isInstanceOf(WorkingDays.class);
      assertThat(expressionBeans.names()).containsExactly("workingDays");
    }
  }

  @Test
  void shouldCountTheOfficesOwnDeclaredDaysWhenGivenAnOffice() {
    // Given Holy Thursday and Friday 2026 declared at Tapachula only
    WorkingDays workingDays = new WorkingDays(new BusinessCalendar((from, to, office) -> "TAP".equals(office)
        ? Set.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 3)) : Set.of()));
    // When / Then Tapachula's deadline is two business days later: Tuesday 19 May 2026
    assertThat(workingDays.after(LocalDate.of(2026, 3, 10), 45, "TAP").toInstant())
        .isEqualTo(Instant.parse("2026-05-20T05:59:59Z"));
    assertThat(workingDays.after(LocalDate.of(2026, 3, 10), 45, "CDMX").toInstant())
        .isEqualTo(Instant.parse("2026-05-16T05:59:59Z"));
  }

  /** A calendar bean declaring no day. */
  static class NoDeclaredDays implements DeclaredNonWorkingDays {
    @Override
    public Set<LocalDate> between(LocalDate from, LocalDate to, String office) {
      return Set.of();
    }
  }
}
