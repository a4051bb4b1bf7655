package org.glutecheck.rulebook;

import java.util.List;

/**
 * A cause outside the ten that a clinician should check when the answers point to it. It is scored
 * like the ten but never ranked with them.
 *
 * @param level how soon a clinician should check it once it matches at least moderately
 * @param reason the triage reason the person reads when it raises the level
 */
public record ConsiderAlsoDefinition(String id, String name, double prior, TriageLevel level, String whyItMatters,
		String whatToDo, String reason, List<Source> sources, List<EvidenceRule> evidence) implements EvidenceModel {
}
