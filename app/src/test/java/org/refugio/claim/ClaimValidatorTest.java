package org.refugio.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refugio.claim.ClaimRegistration.PersonData;
import org.refugio.coi.CoiService;
import org.refugio.engine.FieldError;
import org.refugio.security.Office;
import org.refugio.security.OfficeMapper;

/** Registration's checks of the interpreter gender preference and the claim's COI profile. */
class ClaimValidatorTest {

  private static final List<String> TAGS = List.of("lgbti", "ninez", "pandillas", "persecucion-politica",
      "violencia-de-genero", "violencia-generalizada");
  private ClaimValidator validator;

  @BeforeEach
  void setUp() {
    OfficeMapper offices = mock(OfficeMapper.class);
    when(offices.findByCode(anyString())).thenReturn(Optional.of(new Office("VSA", "Villahermosa", "Tabasco")));
    CoiService coi = mock(CoiService.class);
    when(coi.tagCodes()).thenReturn(TAGS);
    validator = new ClaimValidator(offices, Clock.fixed(Instant.parse("2026-11-30T18:00:00Z"), ZoneId.of("UTC")),
        coi);
  }

  @Test
  void shouldKeepAWomanPreferenceWhenThePrincipalAsksForAWoman() {
    NewClaim claim = validator.validate(registration(applicant("F"), List.of(), null));

    assertThat(claim.applicant().interpreterGenderPreference()).isEqualTo("F");
  }

  @Test
  void shouldStoreNoPreferenceWhenThePrincipalHasNoneOrSaysNone() {
    assertThat(validator.validate(registration(applicant(null), List.of(), null)).applicant()
        .interpreterGenderPreference()).isNull();
    assertThat(validator.validate(registration(applicant("NONE"), List.of(), null)).applicant()
        .interpreterGenderPreference()).isNull();
  }

  @Test
  void shouldNameTheFieldAndTheAllowedValuesWhenThePreferenceIsUnknown() {
    assertThatThrownBy(() -> validator.validate(registration(applicant("W"), List.of(), null)))
        .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.errors()).singleElement()
            .satisfies(error -> {
              assertThat(error.field()).isEqualTo("applicant.interpreterGenderPreference");
              assertThat(error.message()).contains("'W'").contains("F (mujer)").contains("M (hombre)")
                  .contains("NONE (sin preferencia)");
            }));
  }

  @Test
  void shouldRefuseAPreferenceWhenADependantGivesOne() {
    PersonData child = new PersonData("José", "Martínez", "M", "2015-03-10", "HN", null, null, null, "CHILD", "M");

    assertThatThrownBy(() -> validator.validate(registration(applicant(null), List.of(child), null)))
        .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("dependants[0].interpreterGenderPreference"));
  }

  @Test
  void shouldKeepTheProfileWithoutRepeatsWhenEveryCodeIsACoiTag() {
    NewClaim claim = validator.validate(registration(applicant(null), List.of(),
        List.of("pandillas", "violencia-de-genero", "pandillas")));

    assertThat(claim.profile()).containsExactly("pandillas", "violencia-de-genero");
  }

  @Test
  void shouldNameEveryUnknownCodeWhenTheProfileHasCodesThatAreNoCoiTag() {
    assertThatThrownBy(() -> validator.validate(registration(applicant(null), List.of(),
        List.of("pandillas", "gangs", "GBV"))))
        .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.errors()).singleElement()
            .satisfies(error -> {
              assertThat(error.field()).isEqualTo("profile");
              assertThat(error.message()).contains("'gangs'").contains("'GBV'").doesNotContain("'pandillas'")
                  .contains("violencia-generalizada");
            }));
  }

  @Test
  void shouldHaveAnEmptyProfileWhenNoneIsGiven() {
    assertThat(validator.validate(registration(applicant(null), null, null)).profile()).isEmpty();
  }

  @Test
  void shouldAddChildhoodToTheCoiTopicsWhenThePrincipalIsAChild() {
    assertThat(ClaimService.coiTopics(List.of("pandillas"), true)).containsExactly("ninez", "pandillas");
    assertThat(ClaimService.coiTopics(List.of("pandillas", "lgbti"), false)).containsExactly("lgbti", "pandillas");
    assertThat(ClaimService.coiTopics(List.of(), false)).isEmpty();
    assertThat(ClaimService.coiTopics(List.of("ninez"), true)).containsExactly("ninez");
  }

  private static PersonData applicant(String preference) {
    return new PersonData("Ana Lucía", "Martínez Núñez", "F", "1990-05-01", "HN", List.of("es"), null, List.of(),
        null, preference);
  }

  private static ClaimRegistration registration(PersonData applicant, List<PersonData> dependants,
      List<String> profile) {
    return new ClaimRegistration("VSA", "2026-11-20", "2026-11-02", "Tenosique", false, false, false, false, null,
        null, null, applicant, dependants, profile);
  }
}
