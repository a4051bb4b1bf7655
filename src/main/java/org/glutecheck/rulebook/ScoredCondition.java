package org.glutecheck.rulebook;

import java.util.List;

/**
 * How well one condition matches the answers.
 *
 * @param score 0–95, 95 times the logistic of the log-odds: about half of that means the evidence is
 * balanced, and no answers make a cause certain
 * @param applied the evidence rules that applied to the answers, in the rulebook's order
 */
public record ScoredCondition(ConditionDefinition condition, int score, double logOdds, List<EvidenceRule> applied) {

	/** The rules that raised the score ({@code forIt}) or lowered it, in the rulebook's order. */
	public List<EvidenceRule> applied(boolean forIt) {
		return applied.stream().filter(rule -> rule.isFor() == forIt).toList();
	}

	/** What the person reads for each rule that raised the score. */
	public List<String> evidenceFor() {
		return applied(true).stream().map(EvidenceRule::says).toList();
	}

	/** What the person reads for each rule that lowered it. */
	public List<String> evidenceAgainst() {
		return applied(false).stream().map(EvidenceRule::says).toList();
	}

}
