package org.refugio.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How big a COMAR-scale dataset is at a scale factor: 1.0 is COMAR (400 officers, 60,000 open claims, 140,000 claims
 * concluded in the last 12 months, 350,000 older files), and every count is spread over the nine offices by the same
 * shares.
 */
public record DatasetSize(double scale, int officers, int openClaims, int concludedClaims, int olderFiles) {

  /** Each office's share of the caseload, in percent (Tapachula receives almost half of COMAR's claims). */
  public static final Map<String, Integer> OFFICE_SHARES = shares();

  public static DatasetSize at(double scale) {
    if (!(scale > 0) || scale > 10) {
      throw new IllegalArgumentException("bench.scale must be > 0 and <= 10, was " + scale);
    }
    return new DatasetSize(scale, (int) Math.round(400 * scale), count(60_000, scale), count(140_000, scale),
        count(350_000, scale));
  }

  private static int count(int atComarScale, double scale) {
    return Math.max(OFFICE_SHARES.size(), (int) Math.round(atComarScale * scale));
  }

  /**
   * The office of the n-th generated item (n from 0): every hundred items visit the hundred buckets once, in a
   * stride that mixes the offices, so even a few items are spread in proportion to the shares.
   */
  public static String officeOf(long n) {
    long bucket = Math.floorMod(n * 37, 100);
    int upper = 0;
    for (Map.Entry<String, Integer> share : OFFICE_SHARES.entrySet()) {
      upper += share.getValue();
      if (bucket < upper) {
        return share.getKey();
      }
    }
    throw new IllegalStateException("Office shares do not add up to 100");
  }

  /** How many of {@code total} generated items land at each office. */
  public static Map<String, Long> perOffice(long total) {
    Map<String, Long> counts = new LinkedHashMap<>();
    OFFICE_SHARES.keySet().forEach(code -> counts.put(code, 0L));
    for (long n = 0; n < total; n++) {
      counts.merge(officeOf(n), 1L, Long::sum);
    }
    return counts;
  }

  /** Officers per office: at least one registration, eligibility, review officer and manager in each. */
  public Map<String, Integer> officersPerOffice() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    OFFICE_SHARES.forEach((code, share) -> counts.put(code, Math.max(4, (int) Math.round(officers * share / 100.0))));
    return counts;
  }

  private static Map<String, Integer> shares() {
    Map<String, Integer> shares = new LinkedHashMap<>();
    shares.put("TAP", 45);
    shares.put("CDMX", 15);
    shares.put("MTY", 8);
    shares.put("TIJ", 7);
    shares.put("PAL", 6);
    shares.put("TNQ", 5);
    shares.put("VSA", 5);
    shares.put("GDL", 5);
    shares.put("ACY", 4);
    return Collections.unmodifiableMap(shares);
  }
}
