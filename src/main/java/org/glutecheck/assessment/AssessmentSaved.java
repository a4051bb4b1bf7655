package org.glutecheck.assessment;

import java.time.Instant;

import org.glutecheck.rulebook.TriageLevel;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * Published when an assessment has been saved, finished or stopped at an emergency: other modules
 * react to it (the desk raises its alert) without the assessment module knowing them.
 *
 * @param reference the new assessment's reference
 * @param createdAt when it was made
 * @param level its triage level
 */
@DomainEvent
public record AssessmentSaved(String reference, Instant createdAt, TriageLevel level) {
}
