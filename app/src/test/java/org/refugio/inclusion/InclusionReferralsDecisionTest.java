package org.refugio.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.refugio.rules.DecisionContract;

/** The {@code inclusion-referrals} decision, rule by rule and at its borders, on the standalone DMN engine. */
class InclusionReferralsDecisionTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  /** One referral the decision makes. */
  record Row(String service, String theme, String institution, int dueBusinessDays) {
  }

  /** A person as InclusionService describes them to the decision. */
  record Person(int age, String householdRole, String schoolingLevel, boolean certificatesAbroad,
      boolean healthNeeds, String outcome) {

    static Person adult() {
      return new Person(30, "PRINCIPAL", "UPPER_SECONDARY", false, false, "RECOGNIZED_1951");
    }

    Person age(int years) {
      return new Person(years, householdRole, schoolingLevel, certificatesAbroad, healthNeeds, outcome);
    }

    Person role(String role) {
      return new Person(age, role, schoolingLevel, certificatesAbroad, healthNeeds, outcome);
    }

    Person schooling(String level) {
      return new Person(age, householdRole, level, certificatesAbroad, healthNeeds, outcome);
    }

    Person certificates() {
      return new Person(age, householdRole, schoolingLevel, true, healthNeeds, outcome);
    }

    Person health() {
      return new Person(age, householdRole, schoolingLevel, certificatesAbroad, true, outcome);
    }

    Person outcome(String decided) {
      return new Person(age, householdRole, schoolingLevel, certificatesAbroad, healthNeeds, decided);
    }
  }

  private static final Row CURP = new Row("PERMANENT_CURP", "IDENTITY", "RENAPO", 10);
  private static final Row CARD = new Row("RESIDENCE_CARD", "IDENTITY", "INM", 15);
  private static final Row SRE = new Row("SRE_DOCUMENT", "IDENTITY", "SRE", 20);
  private static final Row EMPLOYMENT = new Row("EMPLOYMENT", "LABOR", "SNE", 15);
  private static final Row SCHOOL = new Row("SCHOOL_ENROLMENT", "EDUCATION", "SEP", 10);
  private static final Row ADULT_SCHOOL = new Row("SCHOOL_ENROLMENT", "EDUCATION", "SEP", 20);
  private static final Row REVALIDATION = new Row("CERTIFICATE_REVALIDATION", "EDUCATION", "SEP", 20);
  private static final Row HEALTH_URGENT = new Row("HEALTH_REGISTRATION", "HEALTH", "IMSSB", 3);
  private static final Row HEALTH = new Row("HEALTH_REGISTRATION", "HEALTH", "IMSSB", 10);

  @BeforeAll
  static void parseDecision() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = InclusionReferralsDecisionTest.class.getClassLoader()
        .getResourceAsStream("decisions/inclusion-referrals.dmn")) {
      decision = engine.parseDecision(InclusionService.DECISION_KEY, dmn);
    }
  }

  // --- one test per rule, in the table's order (the first two apply to everyone)

  @Test
  void shouldReferEveryoneForThePermanentCurpAndTheResidenceCard() {
    assertThat(decide(Person.adult())).contains(CURP, CARD);
    assertThat(decide(Person.adult().age(4).role("DEPENDANT"))).contains(CURP, CARD);
    assertThat(decide(Person.adult().outcome("COMPLEMENTARY_PROTECTION"))).contains(CURP, CARD);
  }

  @Test
  void shouldReferRefugeesButNotComplementaryProtectionForTheSreDocument() {
    assertThat(decide(Person.adult().outcome("RECOGNIZED_CARTAGENA"))).contains(SRE);
    assertThat(decide(Person.adult().outcome("RECOGNIZED_SUR_PLACE"))).contains(SRE);
    assertThat(decide(Person.adult().outcome("COMPLEMENTARY_PROTECTION"))).doesNotContain(SRE);
  }

  @Test
  void shouldReferAdultsToTheEmploymentService() {
    assertThat(decide(Person.adult())).contains(EMPLOYMENT);
  }

  @Test
  void shouldReferATeenagerHeadingTheHouseholdToTheEmploymentService() {
    assertThat(decide(Person.adult().age(16))).contains(EMPLOYMENT);
    assertThat(decide(Person.adult().age(16).role("DEPENDANT"))).doesNotContain(EMPLOYMENT);
  }

  @Test
  void shouldEnrolChildrenAtSchool() {
    assertThat(decide(Person.adult().age(9).role("DEPENDANT"))).contains(SCHOOL).doesNotContain(EMPLOYMENT);
  }

  @Test
  void shouldReferAdultsWithoutBasicSchoolingToAdultEducation() {
    assertThat(decide(Person.adult().schooling("PRIMARY"))).contains(ADULT_SCHOOL);
    assertThat(decide(Person.adult().schooling("NONE"))).contains(ADULT_SCHOOL);
    assertThat(decide(Person.adult().schooling("SECONDARY"))).doesNotContain(ADULT_SCHOOL);
  }

  @Test
  void shouldReferCertificatesFromAbroadForRevalidation() {
    assertThat(decide(Person.adult().certificates())).contains(REVALIDATION);
    assertThat(decide(Person.adult())).doesNotContain(REVALIDATION);
  }

  @Test
  void shouldRegisterWithHealthServicesInThreeDaysWhenThereAreHealthNeeds() {
    assertThat(decide(Person.adult().health())).contains(HEALTH_URGENT).doesNotContain(HEALTH);
  }

  @Test
  void shouldRegisterWithHealthServicesInTenDaysOtherwise() {
    assertThat(decide(Person.adult())).contains(HEALTH).doesNotContain(HEALTH_URGENT);
  }

  // --- whole people and borders between rules

  @Test
  void shouldReferARefugeeAdultToExactlyIdentityLaborAndHealth() {
    assertThat(decide(Person.adult())).containsExactly(CURP, CARD, SRE, EMPLOYMENT, HEALTH);
  }

  @Test
  void shouldTreatEighteenAsAdultAndSeventeenAsChild() {
    assertThat(decide(Person.adult().age(18).role("DEPENDANT"))).contains(EMPLOYMENT).doesNotContain(SCHOOL);
    assertThat(decide(Person.adult().age(17).role("DEPENDANT"))).contains(SCHOOL).doesNotContain(EMPLOYMENT);
  }

  @Test
  void shouldNotEnrolChildrenUnderThreeNorCountTeenagersOfFourteenAsWorkers() {
    assertThat(decide(Person.adult().age(2).role("DEPENDANT"))).containsExactly(CURP, CARD, SRE, HEALTH);
    assertThat(decide(Person.adult().age(14))).contains(SCHOOL).doesNotContain(EMPLOYMENT);
  }

  @Test
  void shouldNotReferAChildWithoutSchoolingToAdultEducation() {
    assertThat(decide(Person.adult().age(10).schooling("NONE"))).contains(SCHOOL).doesNotContain(ADULT_SCHOOL);
  }

  @Test
  void shouldNameOnlyInputsAndOutputsOfItsContract() {
    assertThat(decision.getDecisionLogic()).isNotNull();
    Map<String, Object> row = engine.evaluateDecision(decision, variables(Person.adult())).getFirstResult()
        .getEntryMap();
    assertThat(row.keySet()).containsExactlyInAnyOrderElementsOf(DecisionContract.INCLUSION_REFERRALS.outputs()
        .keySet());
  }

  private static List<Row> decide(Person person) {
    return engine.evaluateDecision(decision, variables(person)).getResultList().stream()
        .map(r -> new Row((String) r.get("service"), (String) r.get("theme"), (String) r.get("institution"),
            ((Number) r.get("dueBusinessDays")).intValue()))
        .toList();
  }

  private static VariableMap variables(Person person) {
    return Variables.createVariables()
        .putValue("age", person.age())
        .putValue("householdRole", person.householdRole())
        .putValue("schoolingLevel", person.schoolingLevel())
        .putValue("certificatesAbroad", person.certificatesAbroad())
        .putValue("healthNeeds", person.healthNeeds())
        .putValue("residenceState", "TAB")
        .putValue("outcome", person.outcome());
  }
}
