package org.refugio.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of how the engine checks access.
 *
 * @param candidateQueueShortcut leave out the engine's per-task authorization check of a task query that asks only
 *     for unassigned tasks of candidate groups the user belongs to, where that check cannot remove a task
 *     ({@link CandidateQueueAuthorization}); {@code false} checks every task of every query
 * @param groupsLookupPerUser find which of the user's groups hold authorizations by one index lookup per group, where
 *     the engine reads every authorization of every group, on every command with a check; {@code false} leaves it to
 *     the engine
 * @param queueReadModel answer such a queue's page and count from {@code refugio.task_queue}, kept by triggers on the
 *     engine's runtime tables ({@link QueueTaskQueries}); {@code false} leaves every task query to the engine's
 *     statements
 */
@ConfigurationProperties("refugio.authorization")
public record AuthorizationProperties(@DefaultValue("true") boolean candidateQueueShortcut,
    @DefaultValue("true") boolean groupsLookupPerUser, @DefaultValue("true") boolean queueReadModel) {
}
