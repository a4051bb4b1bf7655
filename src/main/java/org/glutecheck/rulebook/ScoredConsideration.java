package org.glutecheck.rulebook;

import java.util.List;

/**
 * How well a cause outside the ten fits the answers; only the evidence for it is shown.
 *
 * @param rulesFor the evidence rules for it that applied to the answers, in the rulebook's order
 */
public record ScoredConsideration(ConsiderAlsoDefinition definition, int score, Match match,
		List<EvidenceRule> rulesFor) {

	/** What the person reads for each rule that raised the score. */
	public List<String> evidenceFor() {
		return rulesFor.stream().map(EvidenceRule::says).toList();
	}

}
