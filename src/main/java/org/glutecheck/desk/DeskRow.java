package org.glutecheck.desk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.glutecheck.assessment.AssessmentSummary;
import org.glutecheck.rulebook.TriageLevel;

/**
 * One line of the desk list, ready to show: times in the clinic's zone, the cause by its name.
 *
 * @param cause the leading condition's name, or null when none matched
 * @param seenTime when staff marked it seen, or null when nobody has yet
 */
record DeskRow(String reference, String time, TriageLevel level, String cause, String seenTime) {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	static DeskRow of(AssessmentSummary summary, Desk desk) {
		ZoneId zone = desk.zone();
		return new DeskRow(summary.reference(), CLOCK.withZone(zone).format(summary.createdAt()),
				summary.triageLevel(), desk.conditionName(summary.leadingCondition()),
				summary.seenAt() == null ? null : CLOCK.withZone(zone).format(summary.seenAt()));
	}

	/** Public, as the list page asks it. */
	public boolean seen() {
		return seenTime != null;
	}

}
