package org.glutecheck.rulebook;

import java.util.List;

/**
 * How well one condition matches the answers.
 *
 * @param score 0–100, the logistic of the log-odds: 50 means the evidence is balanced
 * @param evidenceFor what the person reads for each rule that raised the score
 * @param evidenceAgainst what the person reads for each rule that lowered it
 */
public record ScoredCondition(ConditionDefinition condition, int score, double logOdds, List<String> evidenceFor,
		List<String> evidenceAgainst) {
}
