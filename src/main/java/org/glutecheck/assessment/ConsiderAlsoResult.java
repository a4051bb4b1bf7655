package org.glutecheck.assessment;

import java.util.List;

import org.glutecheck.rulebook.ConsiderAlsoDefinition;
import org.glutecheck.rulebook.Match;
import org.glutecheck.rulebook.Source;
import org.glutecheck.rulebook.TriageLevel;

/**
 * A cause outside the ten that the answers point to and a clinician should check. It is never
 * ranked with the ten, so listing it changes nothing in their order.
 *
 * @param level how soon a clinician should check it when it matches at least moderately
 */
public record ConsiderAlsoResult(String id, String name, int score, Match match, TriageLevel level,
		List<String> evidenceFor, String whyItMatters, String whatToDo, List<Source> sources) {

	/**
	 * @param emergencyAdvice at an emergency, what to do now, which replaces the cause's own advice;
	 * null otherwise
	 */
	static ConsiderAlsoResult of(ConsiderAlsoDefinition definition, int score, List<String> evidenceFor,
			String emergencyAdvice) {
		ConsiderAlsoResult result = new ConsiderAlsoResult(definition.id(), definition.name(), score, Match.of(score),
				definition.level(), evidenceFor, definition.whyItMatters(), definition.whatToDo(), definition.sources());
		return emergencyAdvice == null ? result : result.atEmergency(emergencyAdvice);
	}

	/** The same cause as shown at an emergency: its own advice replaced by what to do now. */
	ConsiderAlsoResult atEmergency(String emergencyAdvice) {
		return new ConsiderAlsoResult(id, name, score, match, level, evidenceFor, whyItMatters, emergencyAdvice, sources);
	}

}
