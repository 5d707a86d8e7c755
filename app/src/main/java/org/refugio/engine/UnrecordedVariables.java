package org.refugio.engine;

import java.util.Collection;

/**
 * Names variables whose values must never reach the engine's history: personal data passing through a process on
 * its way to Refugio's own tables (a start form's fields), which are the one place such data is kept and audited.
 */
public interface UnrecordedVariables {

  Collection<String> names();
}
