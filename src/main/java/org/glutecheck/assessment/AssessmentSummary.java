package org.glutecheck.assessment;

import java.time.Instant;

import org.glutecheck.rulebook.TriageLevel;

/**
 * One line of a list of saved assessments, for the clinic desk: enough to sort and pick one, without
 * the answers or the result document (open that with {@link AssessmentService#find(String)}).
 *
 * @param leadingCondition the id of the best-matching condition, or null when none matched
 * @param seenAt when clinic staff first marked it seen, or null when nobody has yet
 */
public record AssessmentSummary(String reference, Instant createdAt, TriageLevel triageLevel,
		String leadingCondition, String rulebookVersion, Instant seenAt) {
}
