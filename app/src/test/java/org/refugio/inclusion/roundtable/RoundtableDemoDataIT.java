package org.refugio.inclusion.roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refugio.security.CurrentUser;
import org.refugio.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's roundtables and users exist on a fresh run, and its demo gaps give Tapachula's roundtable numbers to
 * show; the gaps are written in a transaction rolled back afterwards, as the other tests read gaps of their own.
 */
class RoundtableDemoDataIT extends IntegrationTest {

  @Autowired
  RoundtableDemoData demoData;
  @Autowired
  RoundtableMapper mapper;
  @Autowired
  GapReports reports;
  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void shouldGiveTheDemoRoundtablesNumbersToShow() {
    RoundtableRow tapachula = mapper.findAll().stream().filter(r -> r.name().equals("Mesa municipal de Tapachula"))
        .findFirst().orElseThrow();
    assertThat(mapper.findAll().stream().map(RoundtableRow::name)).contains("Mesa federal de salud",
        "Mesa estatal de Chiapas");
    assertThat(mapper.findMembers(tapachula.id())).anyMatch(m -> RoundtableDemoData.COORDINATOR.equals(m.userId())
        && m.coordinator() && !m.external()).anyMatch(m -> RoundtableDemoData.EXTERNAL_MEMBER.equals(m.userId())
        && m.external());
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup(tapachula.memberGroupId()).list())
        .extracting(u -> u.getId()).contains(RoundtableDemoData.COORDINATOR, RoundtableDemoData.EXTERNAL_MEMBER);

    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(status -> {
      assertThat(demoData.demoGaps()).isEqualTo(13);
      LocalDate today = LocalDate.now();
      GapReport report = reports.report(tapachula.id(), new GapPeriod(today.minusDays(120), today),
          new CurrentUser("admin", Set.of("admin")));
      // 11 of the 13 demo gaps are in Tapachula, the others in Tuxtla Gutiérrez; 3 were attended later
      assertThat(report.total()).isEqualTo(11);
      assertThat(report.closed()).isEqualTo(3);
      status.setRollbackOnly();
    });
  }
}
