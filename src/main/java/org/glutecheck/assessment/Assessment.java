package org.glutecheck.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.glutecheck.answers.Answers;
import org.glutecheck.triage.Triage;

/**
 * The result a person reads: the triage, the candidate causes best first, the causes outside the
 * ten that a clinician may check, and the answers it was made from. It is shown with the texts of the rulebook version that made it, so a later rulebook never changes a saved result.
 */
public record Assessment(String reference, Instant createdAt, String rulebookVersion, Triage triage,
		List<ConditionResult> conditions, List<ConsiderAlsoResult> considerAlso, String disclaimer,
		Answers answers) {

	/** The best-matching condition, if any condition matched at all. */
	public Optional<ConditionResult> leadingCondition() {
		return conditions.stream().findFirst();
	}

}
