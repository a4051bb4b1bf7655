package org.glutecheck.assessment;

import java.time.Instant;

import org.glutecheck.rulebook.TriageLevel;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * Published when a person has checked in on an assessment ("how is it now?") and its triage was
 * decided again: the level never falls, so {@code level} is at least {@code previousLevel}.
 *
 * @param reference the assessment checked in on
 * @param at when the check-in was made
 * @param previousLevel the assessment's level before the check-in
 * @param level its level after the check-in
 */
@DomainEvent
public record FollowUpAdded(String reference, Instant at, TriageLevel previousLevel, TriageLevel level) {

	/** Whether the check-in raised the level. */
	public boolean raised() {
		return level.compareTo(previousLevel) > 0;
	}

}
