package dev.flotilla.sla;

import dev.flotilla.model.JobObservation;
import dev.flotilla.model.Side;
import dev.flotilla.model.SliState;
import java.util.Set;

/**
 * First guess of where the fault behind a breach minute lies. The engine's default is {@link
 * ExceptionTextSideAttributor}; the adviser plugs in a better one (fleet correlation).
 */
@FunctionalInterface
public interface SideAttributor {
  Side attribute(JobObservation observation, SliState state, Set<String> reasons);
}
