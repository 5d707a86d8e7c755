package org.refugio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormConditionTest {

  @Test
  void shouldTreatMissingVariableAsNullInComparisons() {
    FormCondition notRejected = FormCondition.parse("=reviewApproved != false");

    assertThat(notRejected.isMet(Map.of())).isTrue();
    assertThat(notRejected.isMet(Map.of("reviewApproved", true))).isTrue();
    assertThat(notRejected.isMet(Map.of("reviewApproved", false))).isFalse();
    assertThat(FormCondition.parse("=reviewNotes = null").isMet(Map.of())).isTrue();
    assertThat(FormCondition.parse("=reviewNotes = null").isMet(Map.of("reviewNotes", "x"))).isFalse();
    FormCondition noNotes = FormCondition.parse("=reviewNotes = null or reviewNotes = \"\"");
    assertThat(noNotes.isMet(Map.of("reviewNotes", ""))).isTrue();
    assertThat(noNotes.isMet(Map.of("reviewNotes", "Falta la protección complementaria."))).isFalse();
  }

  @Test
  void shouldCompareStringsAndNumbers() {
    FormCondition notSimplified = FormCondition.parse("= interviewType != \"SIMPLIFIED\"");

    assertThat(notSimplified.isMet(Map.of("interviewType", "SIMPLIFIED"))).isFalse();
    assertThat(notSimplified.isMet(Map.of("interviewType", "REGULAR"))).isTrue();
    assertThat(FormCondition.parse("=priority = 1").isMet(Map.of("priority", 1L))).isTrue();
    assertThat(FormCondition.parse("=priority = 1.0").isMet(Map.of("priority", 1))).isTrue();
  }

  @Test
  void shouldNotMeetConditionWhenTypesDiffer() {
    // FEEL: comparing a string with a boolean is null, and null hides nothing
    assertThat(FormCondition.parse("=reviewApproved = true").isMet(Map.of("reviewApproved", "true"))).isFalse();
    assertThat(FormCondition.parse("=reviewApproved != true").isMet(Map.of("reviewApproved", "true"))).isFalse();
  }

  @Test
  void shouldCombineWithThreeValuedLogic() {
    Map<String, Object> values = new HashMap<>();
    values.put("detained", true);
    values.put("office", "TAP");

    assertThat(FormCondition.parse("=detained and office = \"TAP\"").isMet(values)).isTrue();
    assertThat(FormCondition.parse("=not(detained) or office = \"CDMX\"").isMet(values)).isFalse();
    assertThat(FormCondition.parse("=(unknown or detained) and not(office = \"CDMX\")").isMet(values)).isTrue();
    assertThat(FormCondition.parse("=unknown and detained").isMet(values)).isFalse();
    assertThat(FormCondition.parse("=hasDependants != true").isMet(values)).isTrue();
  }

  @Test
  void shouldReadDottedNamesIntoNestedValues() {
    Map<String, Object> values = Map.of("applicant", Map.of("sex", "F"));

    assertThat(FormCondition.parse("=applicant.sex = \"F\"").isMet(values)).isTrue();
  }

  @Test
  void shouldRefuseWhatItDoesNotUnderstand() {
    assertThatThrownBy(() -> FormCondition.parse("reviewApproved")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormCondition.parse("=count(items) > 0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormCondition.parse("=age < 18")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormCondition.parse("=office in [\"TAP\"]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormCondition.parse("=office = \"TAP")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormCondition.parse("=a = b c")).isInstanceOf(IllegalArgumentException.class);
  }
}
