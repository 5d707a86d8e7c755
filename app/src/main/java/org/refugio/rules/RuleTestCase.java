package org.refugio.rules;

import java.time.OffsetDateTime;

/**
 * One test case of a decision: the inputs (JSON object) and the outputs expected from the first result (JSON object;
 * an output not listed is not checked).
 */
public record RuleTestCase(Long id, String decisionKey, String name, String inputs, String expected,
    String createdBy, OffsetDateTime updatedAt) {
}
