package org.glutecheck.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.glutecheck.answers.Answers;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.Triage;

/**
 * The result a person reads: the triage, the candidate causes best first, the causes outside the
 * ten that a clinician may check, and the answers it was made from. It is shown with the texts of the rulebook version that made it, so a later rulebook never changes a saved result.
 *
 * @param triage the triage as it is now: the one the assessment was made with, raised by any later
 * check-in (never lowered)
 * @param followUps the person's check-ins since ("how is it now?"), oldest first; empty when none
 */
public record Assessment(String reference, Instant createdAt, String rulebookVersion, Triage triage,
		List<ConditionResult> conditions, List<ConsiderAlsoResult> considerAlso, String disclaimer,
		Answers answers, List<FollowUp> followUps) {

	public Assessment {
		// A document saved before check-ins existed has no such field: it had none.
		followUps = followUps == null ? List.of() : List.copyOf(followUps);
	}

	/** An assessment nobody has checked in on yet. */
	public Assessment(String reference, Instant createdAt, String rulebookVersion, Triage triage,
			List<ConditionResult> conditions, List<ConsiderAlsoResult> considerAlso, String disclaimer,
			Answers answers) {
		this(reference, createdAt, rulebookVersion, triage, conditions, considerAlso, disclaimer, answers, List.of());
	}

	/**
	 * This assessment with its check-ins: its triage is the latest one's. When that is an emergency,
	 * its causes are shown as at any emergency, without self-care, whatever the level it was made at.
	 */
	Assessment withFollowUps(List<FollowUp> checkIns) {
		if (checkIns.isEmpty()) {
			return this;
		}
		Triage now = checkIns.get(checkIns.size() - 1).triage();
		boolean emergency = now.level() == TriageLevel.EMERGENCY;
		return new Assessment(reference, createdAt, rulebookVersion, now,
				emergency ? conditions.stream().map(ConditionResult::atEmergency).toList() : conditions,
				emergency && considerAlso != null
						? considerAlso.stream().map(considered -> considered.atEmergency(now.headline())).toList()
						: considerAlso,
				disclaimer, answers, checkIns);
	}

	/** The best-matching condition, if any condition matched at all. */
	public Optional<ConditionResult> leadingCondition() {
		return conditions.stream().findFirst();
	}

}
