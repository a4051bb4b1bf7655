package org.glutecheck.desk;

import java.time.ZoneId;

import org.glutecheck.assessment.AssessmentSummary;
import org.glutecheck.questionnaire.Times;
import org.glutecheck.rulebook.TriageLevel;

/**
 * One line of the desk list, ready to show: times in the clinic's zone, the cause by its name.
 *
 * @param cause the leading condition's name, or null when none matched
 * @param seenTime when staff marked it seen, or null when nobody has yet
 * @param updated whether it replaced an earlier version (the person changed their answers)
 */
record DeskRow(String reference, String time, TriageLevel level, String cause, String seenTime, boolean updated) {

	static DeskRow of(AssessmentSummary summary, Desk desk) {
		ZoneId zone = desk.zone();
		return new DeskRow(summary.reference(), Times.time(summary.createdAt(), zone),
				summary.triageLevel(), desk.conditionName(summary.leadingCondition()),
				summary.seenAt() == null ? null : Times.time(summary.seenAt(), zone), summary.supersedes() != null);
	}

	/** Public, as the list page asks it. */
	public boolean seen() {
		return seenTime != null;
	}

}
