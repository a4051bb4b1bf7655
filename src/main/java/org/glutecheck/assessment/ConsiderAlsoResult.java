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
		return new ConsiderAlsoResult(definition.id(), definition.name(), score, Match.of(score),
				definition.level(), evidenceFor, definition.whyItMatters(),
				emergencyAdvice == null ? definition.whatToDo() : emergencyAdvice, definition.sources());
	}

}
