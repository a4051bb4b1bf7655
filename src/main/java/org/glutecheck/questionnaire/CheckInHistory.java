package org.glutecheck.questionnaire;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Course;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.Symptom;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.FollowUp;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageReason;

/**
 * A result's check-ins as its page shows them: when the person first answered and each check-in
 * since, oldest first, each with what it changed; the check-in that raised the level to what it is
 * now, if one did; and the chart of the worst pain. Times are in the clinic's zone, written as
 * everywhere ({@link Times}).
 *
 * @param first when the person first answered
 * @param checkIns every check-in, oldest first
 * @param raisedBy the check-in that raised the level to what it is now; null when none raised it
 * @param chart the worst pain over time; null when no answer gave one
 */
record CheckInHistory(Visit first, List<Visit> checkIns, Visit raisedBy, PainChart chart) {

	/**
	 * One time the person answered: the assessment itself or a check-in.
	 *
	 * @param at when, written in full
	 * @param course better, the same or worse than at first; null for the assessment itself, and for a
	 * check-in that stopped at the warning signs
	 * @param severity the worst pain, 0 to 10; null when it was not asked
	 * @param stoppedEarly whether it stopped at an emergency warning sign, before the other questions
	 * @param levelBefore the level before it (for the assessment itself, its own)
	 * @param level the level after it
	 * @param brought the reasons it added to the triage, in the reader's words; empty when it added none
	 */
	record Visit(String at, Course course, Integer severity, List<RedFlag> redFlags, List<Symptom> symptoms,
			boolean stoppedEarly, TriageLevel levelBefore, TriageLevel level, List<String> brought) {

		/** Whether it raised the level. */
		public boolean raised() {
			return level.compareTo(levelBefore) > 0;
		}

	}

	/** Every time the person answered, oldest first: the assessment, then each check-in. */
	public List<Visit> all() {
		List<Visit> all = new ArrayList<>(List.of(first));
		all.addAll(checkIns);
		return all;
	}

	/**
	 * The history of this assessment, whose triage before any check-in was {@code madeWith}; null when
	 * nobody has checked in on it.
	 */
	static CheckInHistory of(Assessment assessment, Triage madeWith, ZoneId zone, Locale locale) {
		if (assessment.followUps().isEmpty()) {
			return null;
		}
		Answers answers = assessment.answers();
		Visit first = new Visit(Times.dateTime(assessment.createdAt(), zone, locale), null, answers.severity(),
				answers.redFlags(), answers.symptoms(), answers.locations().isEmpty(), madeWith.level(),
				madeWith.level(), List.of());
		List<PainChart.Reading> readings = new ArrayList<>();
		reading(assessment.createdAt(), first, zone, locale).ifPresent(readings::add);
		List<Visit> checkIns = new ArrayList<>();
		Triage before = madeWith;
		for (FollowUp checkIn : assessment.followUps()) {
			Visit visit = new Visit(Times.dateTime(checkIn.at(), zone, locale), checkIn.course(), checkIn.severity(),
					checkIn.redFlags(), checkIn.symptoms(), checkIn.course() == null && checkIn.severity() == null,
					before.level(), checkIn.triage().level(), brought(before, checkIn.triage()));
			checkIns.add(visit);
			reading(checkIn.at(), visit, zone, locale).ifPresent(readings::add);
			before = checkIn.triage();
		}
		Visit raisedBy = checkIns.stream().filter(Visit::raised).reduce((earlier, later) -> later).orElse(null);
		return new CheckInHistory(first, List.copyOf(checkIns), raisedBy, PainChart.of(readings));
	}

	/** The reasons of the triage after that were not reasons before it. */
	private static List<String> brought(Triage before, Triage after) {
		return after.reasons()
			.stream()
			.filter(reason -> before.reasons().stream().noneMatch(earlier -> earlier.code().equals(reason.code())))
			.map(TriageReason::text)
			.toList();
	}

	private static Optional<PainChart.Reading> reading(Instant at, Visit visit, ZoneId zone, Locale locale) {
		return Optional.ofNullable(visit.severity())
			.map(severity -> new PainChart.Reading(at, severity, visit.level(), Times.shortDateTime(at, zone, locale)));
	}

}
