package org.glutecheck.rulebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.glutecheck.answers.Answers;

/**
 * The scoring engine: adds up the log-odds points of every evidence rule that applies, turns the
 * total into a score of at most {@value #CEILING}, and ranks the conditions. A condition with no evidence for it is not a
 * candidate at all, whatever its prior, so that silence never suggests a cause.
 */
public final class ConditionScorer {

	/** The highest score: answers to a questionnaire can never make a cause certain. */
	static final int CEILING = 95;

	private final Rulebook rulebook;

	public ConditionScorer(Rulebook rulebook) {
		this.rulebook = rulebook;
	}

	/** The candidate conditions, best match first; ties keep the rulebook's order. */
	public List<ScoredCondition> rank(Answers answers) {
		List<ScoredCondition> ranked = new ArrayList<>();
		for (ConditionDefinition condition : rulebook.conditions()) {
			ScoredCondition scored = score(condition, answers);
			if (!scored.evidenceFor().isEmpty() && scored.score() > 0) {
				ranked.add(scored);
			}
		}
		ranked.sort(Comparator.comparingDouble(ScoredCondition::logOdds).reversed());
		return List.copyOf(ranked);
	}

	static ScoredCondition score(ConditionDefinition condition, Answers answers) {
		double logOdds = condition.prior();
		List<String> evidenceFor = new ArrayList<>();
		List<String> evidenceAgainst = new ArrayList<>();
		for (EvidenceRule rule : condition.evidence()) {
			if (rule.appliesTo(answers)) {
				logOdds += rule.points();
				(rule.isFor() ? evidenceFor : evidenceAgainst).add(rule.says());
			}
		}
		int score = (int) Math.round(CEILING / (1 + Math.exp(-logOdds)));
		return new ScoredCondition(condition, score, logOdds, List.copyOf(evidenceFor), List.copyOf(evidenceAgainst));
	}

}
