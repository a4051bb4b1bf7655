package org.glutecheck.rulebook;

import java.util.List;

/**
 * How well one condition matches the answers.
 *
 * @param score 0–95, 95 times the logistic of the log-odds: about half of that means the evidence is
 * balanced, and no answers make a cause certain
 * @param evidenceFor what the person reads for each rule that raised the score
 * @param evidenceAgainst what the person reads for each rule that lowered it
 */
public record ScoredCondition(ConditionDefinition condition, int score, double logOdds, List<String> evidenceFor,
		List<String> evidenceAgainst) {
}
