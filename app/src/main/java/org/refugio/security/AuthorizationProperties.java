package org.refugio.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of how the engine checks access.
 *
 * @param candidateQueueShortcut leave out the engine's per-task authorization check of a task query that asks only
 *     for unassigned tasks of candidate groups the user belongs to, where that check cannot remove a task
 *     ({@link CandidateQueueAuthorization}); {@code false} checks every task of every query
 */
@ConfigurationProperties("refugio.authorization")
public record AuthorizationProperties(@DefaultValue("true") boolean candidateQueueShortcut) {
}
