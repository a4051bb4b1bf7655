package org.glutecheck.desk;

import java.time.Instant;

import org.glutecheck.assessment.AssessmentSaved;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.FollowUpAdded;
import org.glutecheck.rulebook.TriageLevel;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Raises the desk's alerts from what the assessment module publishes: an emergency or urgent
 * assessment saved, and a check-in that raised an assessment to one of those levels (also one that
 * staff had marked seen before). Each runs after the publishing transaction has committed, in a
 * transaction of its own. Spring Modulith keeps the event in the database until the listener has
 * completed and hands it over again otherwise (on restart, and by the retry job), so a failure or a
 * crash can delay an alert but not lose it; handled twice, an event still raises one alert.
 * <p>
 * Each listener's condition names the events it can alert on, so Spring Modulith keeps only those:
 * an event below {@link TriageLevel#URGENT} is neither written to the publication registry nor
 * handed over, which spares every self-care or "soon" assessment two writes of its own.
 */
@Component
class DeskAlertListener {

	/**
	 * Of an event's {@code level()}: whether it raises an alert at the desk until someone marks the
	 * assessment seen (urgent and emergency). A listener condition, so the registry keeps no other event.
	 */
	static final String ALERTS = "level() >= T(org.glutecheck.rulebook.TriageLevel).URGENT";

	private final DeskAlerts alerts;

	private final AssessmentService assessments;

	DeskAlertListener(DeskAlerts alerts, AssessmentService assessments) {
		this.alerts = alerts;
		this.assessments = assessments;
	}

	/**
	 * An emergency or urgent assessment raises an alert, unless it is gone (its owner deleted it
	 * before the alert was raised) or staff have already marked it seen (the event came late).
	 */
	@ApplicationModuleListener(condition = "#saved." + ALERTS)
	void assessmentSaved(AssessmentSaved saved) {
		if (assessments.summary(saved.reference())
			.filter(summary -> summary.seenAt() == null)
			.isPresent()) {
			raise(saved.reference(), saved.level(), saved.createdAt(), DeskAlerts.Reason.SAVED);
		}
	}

	/** A check-in that raised the level to emergency or urgent alerts the desk again, seen before or not. */
	@ApplicationModuleListener(condition = "#checkIn.raised() and #checkIn." + ALERTS)
	void followUpAdded(FollowUpAdded checkIn) {
		if (assessments.summary(checkIn.reference()).isPresent()) {
			raise(checkIn.reference(), checkIn.level(), checkIn.at(), DeskAlerts.Reason.CHECK_IN);
		}
	}

	/**
	 * The database refuses the row only when the assessment was deleted, or another instance raised
	 * the same alert, since it was looked up; the listener then fails and its event is handed over
	 * again, which finds nothing left to do. The database's message names the reference, and failures
	 * are logged, so it is left out: the log never holds a reference.
	 */
	private void raise(String reference, TriageLevel level, Instant at, DeskAlerts.Reason reason) {
		try {
			alerts.raise(reference, level, at, reason);
		}
		catch (DataIntegrityViolationException changedMeanwhile) {
			throw new IllegalStateException("A desk alert (" + reason + ", " + level
					+ ") was refused by the database as its assessment changed meanwhile; it will be tried again");
		}
	}

}
