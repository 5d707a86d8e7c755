package org.refugio.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.refugio.engine.RefugioProperties;
import org.refugio.security.CurrentUser;
import org.refugio.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's claims in progress: fictitious applicants registered at Tapachula and Mexico City through the same
 * registration as the API's, so that the officers' queues hold work at once and the managers' figures (the heat
 * overlay, the backlog) have claims to show. Each has an idempotency key of the demo: a restart registers none again.
 * Only in the demo.
 */
@Component
class ClaimDemoData {

  private static final Logger log = LoggerFactory.getLogger(ClaimDemoData.class);

  /** Office, given names, family names, sex, age, nationality, language, days since filing. */
  private static final List<Object[]> APPLICANTS = List.of(
      new Object[] {"TAP", "Rosa Elena", "Demostración Pérez", "F", 31, "HN", "es", 6},
      new Object[] {"TAP", "Wilson", "Demostración Joseph", "M", 27, "HT", "ht", 5},
      new Object[] {"TAP", "Karla Yesenia", "Demostración Gómez", "F", 24, "SV", "es", 5},
      new Object[] {"TAP", "Marie Claude", "Demostración Pierre", "F", 38, "HT", "ht", 4},
      new Object[] {"TAP", "Luis Fernando", "Demostración Castillo", "M", 45, "GT", "es", 3},
      new Object[] {"TAP", "Yurisleidy", "Demostración Hernández", "F", 29, "CU", "es", 2},
      new Object[] {"TAP", "José Antonio", "Demostración Ramírez", "M", 52, "HN", "es", 1},
      new Object[] {"CDMX", "Daniela", "Demostración Rodríguez", "F", 33, "VE", "es", 6},
      new Object[] {"CDMX", "Carlos Andrés", "Demostración Mejía", "M", 41, "CO", "es", 4},
      new Object[] {"CDMX", "Oksana", "Demostración Kovalenko", "F", 36, "UA", "uk", 2});

  private final ClaimService claims;
  private final RefugioProperties properties;

  ClaimDemoData(ClaimService claims, RefugioProperties properties) {
    this.claims = claims;
    this.properties = properties;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(6)
  public void onStarted() {
    if (!properties.demoEnabled() || !properties.demo().claimsInProgress()) {
      return;
    }
    LocalDate today = LocalDate.now(ClaimService.ZONE);
    int created = 0;
    for (int i = 0; i < APPLICANTS.size(); i++) {
      Object[] a = APPLICANTS.get(i);
      String office = (String) a[0];
      LocalDate filed = today.minusDays((Integer) a[7]);
      var applicant = new ClaimRegistration.PersonData((String) a[1], (String) a[2], (String) a[3],
          today.minusYears((Integer) a[4]).minusDays(40L * i).toString(), (String) a[5], List.of((String) a[6]),
          null, List.of(), null, null);
      var registration = new ClaimRegistration(office, filed.toString(), filed.minusDays(10 + i).toString(),
          office.equals("TAP") ? "Ciudad Hidalgo" : "Aeropuerto Internacional de la Ciudad de México", false, false,
          false, false, "Domicilio de demostración " + (i + 1), null, null, applicant, List.of(), List.of());
      // the office's demo registration officer: DemoSetup names each demo user after its group
      String officer = Role.REGISTRATION.groupId(office);
      CurrentUser user = new CurrentUser(officer, Set.of(officer));
      if (claims.register(registration, "demo-claim-" + (i + 1), user).created()) {
        created++;
      }
    }
    log.info("Demo claims in progress ready ({} registered now, {} in all)", created, APPLICANTS.size());
  }
}
