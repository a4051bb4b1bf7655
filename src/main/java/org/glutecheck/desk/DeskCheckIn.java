package org.glutecheck.desk;

import java.time.ZoneId;
import java.util.List;

import org.glutecheck.answers.Course;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.assessment.FollowUp;
import org.glutecheck.questionnaire.Times;
import org.glutecheck.rulebook.TriageLevel;

/**
 * One check-in ("how is it now?") in an assessment's history at the desk, ready to show: its time
 * in the clinic's zone, better or worse, the worst pain, the warning signs and the level after it.
 *
 * @param course null when the check-in stopped at an emergency warning sign
 * @param severity null as for {@code course}
 * @param redFlags empty when the person said none applies
 */
record DeskCheckIn(String time, Course course, Integer severity, List<RedFlag> redFlags, TriageLevel level) {

	static DeskCheckIn of(FollowUp checkIn, ZoneId zone) {
		return new DeskCheckIn(Times.dateTime(checkIn.at(), zone), checkIn.course(), checkIn.severity(),
				checkIn.redFlags(), checkIn.triage().level());
	}

	/** Public, as the page asks it: the check-in stopped at the warning signs, before its other questions. */
	public boolean stoppedEarly() {
		return course == null && severity == null;
	}

}
