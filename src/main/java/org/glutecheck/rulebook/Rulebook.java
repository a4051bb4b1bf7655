package org.glutecheck.rulebook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clinical knowledge the product runs on, loaded from a versioned resource file and validated
 * before the application starts.
 *
 * @param confirmationRule the triage code and level raised when the leading cause is one that
 * needs a clinician to confirm it
 */
public record Rulebook(String version, String disclaimer, Map<TriageLevel, LevelAdvice> levels,
		List<ConditionDefinition> conditions, List<ConsiderAlsoDefinition> considerAlso, List<TriageRule> triageRules,
		ConfirmationRule confirmationRule) {

	/** The code and level of the triage reason "your leading cause needs a clinician to confirm it". */
	public record ConfirmationRule(String code, TriageLevel level) {
	}

	public LevelAdvice advice(TriageLevel level) {
		return levels.get(level);
	}

	public Optional<ConditionDefinition> condition(String id) {
		return conditions.stream().filter(c -> c.id().equals(id)).findFirst();
	}

}
