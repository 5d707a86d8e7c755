package org.refugio.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The steps V29 copies from the engine's history are the ones {@link ClaimStepHistory} records as they happen. */
class ClaimStepHistoryTest {

  @Test
  void shouldBackfillTheSameActivityTypesAsItRecords() throws IOException {
    String migration;
    try (InputStream in = ClaimStepHistoryTest.class.getResourceAsStream("/db/migration/V29__claim_step.sql")) {
      migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher types = Pattern.compile("a\\.act_type_ in \\(([^)]*)\\)").matcher(migration);
    assertThat(types.find()).as("V29's backfill names the activity types it copies").isTrue();
    Set<String> backfilled = Arrays.stream(types.group(1).split(",")).map(t -> t.strip().replace("'", ""))
        .collect(Collectors.toSet());

    assertThat(backfilled).isEqualTo(ClaimStepHistory.WAITING_TYPES);
  }
}
