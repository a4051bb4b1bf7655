package org.glutecheck.assessment;

import java.time.Instant;
import java.util.List;

import org.glutecheck.answers.Course;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.Symptom;
import org.glutecheck.triage.Triage;

/**
 * One check-in on an assessment ("how is it now?") as it is read: what the person answered and the
 * assessment's triage after it, which is never lower than before it.
 *
 * @param course better, the same or worse than when it was assessed; null when the check-in stopped
 * at an emergency warning sign before this was asked
 * @param severity the worst pain in the last day, 0–10; null as for {@code course}
 * @param redFlags the warning signs ticked at this check-in; empty when the person said none applies
 * @param symptoms the symptoms named at this check-in
 * @param triage the assessment's triage after this check-in
 */
public record FollowUp(Instant at, Course course, Integer severity, List<RedFlag> redFlags, List<Symptom> symptoms,
		Triage triage) {
}
