package org.glutecheck.assessment;

import java.util.List;

import org.glutecheck.rulebook.ConditionDefinition;
import org.glutecheck.rulebook.Match;
import org.glutecheck.rulebook.Source;

/**
 * One candidate cause with the evidence for and against it and what to do about it. At an emergency
 * it carries no self-care and no "see a clinician if": the only advice then is to get help now.
 */
public record ConditionResult(String id, String name, int score, Match match, List<String> evidenceFor,
		List<String> evidenceAgainst, String explanation, List<String> selfCare, List<String> seeAClinicianIf,
		List<Source> sources) {

	static ConditionResult of(ConditionDefinition condition, int score, List<String> evidenceFor,
			List<String> evidenceAgainst, boolean emergency) {
		ConditionResult result = new ConditionResult(condition.id(), condition.name(), score, Match.of(score),
				evidenceFor, evidenceAgainst, condition.explanation(), condition.selfCare(), condition.seeAClinicianIf(),
				condition.sources());
		return emergency ? result.atEmergency() : result;
	}

	/** The same cause as shown at an emergency: without self-care and without "see a clinician if". */
	ConditionResult atEmergency() {
		return new ConditionResult(id, name, score, match, evidenceFor, evidenceAgainst, explanation, List.of(), List.of(),
				sources);
	}

}
