package org.glutecheck.assessment;

import java.time.Instant;

import org.glutecheck.rulebook.TriageLevel;

/**
 * One line of a list of saved assessments, for the clinic desk: enough to sort and pick one, without
 * the answers or the result document (open that with {@link AssessmentService#find(String)}).
 *
 * @param leadingCondition the id of the best-matching condition, or null when none matched
 * @param seenAt when clinic staff first marked it seen, or null when nobody has yet
 * @param supersedes the reference of the earlier version this one replaces, or null
 * @param supersededBy the reference of the newer version that replaced this one, or null
 */
public record AssessmentSummary(String reference, Instant createdAt, TriageLevel triageLevel,
		String leadingCondition, String rulebookVersion, Instant seenAt, String supersedes, String supersededBy) {

	/** A first version that nothing has replaced. */
	public AssessmentSummary(String reference, Instant createdAt, TriageLevel triageLevel, String leadingCondition,
			String rulebookVersion, Instant seenAt) {
		this(reference, createdAt, triageLevel, leadingCondition, rulebookVersion, seenAt, null, null);
	}

	/** Whether a newer version replaced it (after the person changed their answers). */
	public boolean superseded() {
		return supersededBy != null;
	}

}
