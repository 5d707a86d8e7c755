package org.refugio.calendar;

import java.util.Date;

/**
 * Published (as a Spring application event, inside the transaction that moved it) when a running deadline's due date
 * changed because the calendar changed or the deadline was extended, so that other packages can follow.
 */
public record DeadlineMoved(String processInstanceId, String businessKey, String name, Date oldDue, Date newDue) {
}
