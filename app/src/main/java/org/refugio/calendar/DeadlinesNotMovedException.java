package org.refugio.calendar;

import java.util.List;

/**
 * Some running deadlines could not be moved to the current calendar (their process instance was busy, the database
 * failed): the others moved, these keep their old due date until {@link Deadlines#recompute()} runs again.
 */
public class DeadlinesNotMovedException extends RuntimeException {

  private final int moved;
  private final transient List<String> failed;

  public DeadlinesNotMovedException(int moved, List<String> failed) {
    super("Se movieron " + moved + " plazos en curso, pero " + failed.size() + " no pudieron moverse ("
        + String.join(", ", failed.subList(0, Math.min(failed.size(), 10))) + (failed.size() > 10 ? ", …" : "")
        + "). El cambio del calendario quedó guardado: vuelva a recalcular los plazos "
        + "(POST /api/calendar/deadlines/recompute) en unos minutos.");
    this.moved = moved;
    this.failed = List.copyOf(failed);
  }

  public int moved() {
    return moved;
  }

  public List<String> failed() {
    return failed;
  }
}
