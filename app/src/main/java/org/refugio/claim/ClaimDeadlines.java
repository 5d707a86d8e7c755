package org.refugio.claim;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The legal time limits used at registration, in business days (Ley sobre Refugiados arts. 18 and 24). Policy, not
 * code: change them in the configuration.
 *
 * @param filingBusinessDays a claim filed later than this after entry is a late filing
 * @param decisionBusinessDays the decision is due this many business days after the application
 * @param appealBusinessDays an appeal (recurso de revisión) may be filed this many business days after notification
 */
@ConfigurationProperties("refugio.deadlines")
public record ClaimDeadlines(@DefaultValue("30") int filingBusinessDays, @DefaultValue("45") int decisionBusinessDays,
    @DefaultValue("15") int appealBusinessDays) {
}
