package org.glutecheck.rulebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.glutecheck.answers.Answers;

/**
 * The scoring engine: adds up the log-odds points of every evidence rule that applies, turns the
 * total into a score of at most {@value #CEILING}, and ranks the conditions. A cause is a candidate
 * only when evidence about the pain itself speaks for it, whatever its prior: silence, age or a risk
 * factor alone never suggests a cause.
 */
public final class ConditionScorer {

	/** The highest score: answers to a questionnaire can never make a cause certain. */
	static final int CEILING = 95;

	/**
	 * The least score at which a cause outside the ten is listed: below it, one faint clue (an age
	 * band, a stiff morning) would put a cause the person does not have in front of them.
	 */
	static final int CONSIDER_ALSO_LISTED_FROM = 20;

	private final Rulebook rulebook;

	public ConditionScorer(Rulebook rulebook) {
		this.rulebook = rulebook;
	}

	/** The candidate conditions, best match first; ties keep the rulebook's order. */
	public List<ScoredCondition> rank(Answers answers) {
		List<ScoredCondition> ranked = new ArrayList<>();
		for (ConditionDefinition condition : rulebook.conditions()) {
			Tally tally = tally(condition, answers);
			if (tally.hasEvidenceAboutThePain() && tally.score() > 0) {
				ranked.add(tally.scored(condition));
			}
		}
		ranked.sort(Comparator.comparingDouble(ScoredCondition::logOdds).reversed());
		return List.copyOf(ranked);
	}

	/**
	 * The causes outside the ten that the evidence points to, with a score of at least
	 * {@value #CONSIDER_ALSO_LISTED_FROM}, best match first.
	 * They are never mixed into {@link #rank}, so they cannot change the order of the ten.
	 */
	public List<ScoredConsideration> considerAlso(Answers answers) {
		return rulebook.considerAlso()
			.stream()
			.map(definition -> tally(definition, answers).considered(definition))
			.filter(considered -> !considered.rulesFor().isEmpty() && considered.score() >= CONSIDER_ALSO_LISTED_FROM)
			.sorted(Comparator.comparingInt(ScoredConsideration::score).reversed())
			.toList();
	}

	static ScoredCondition score(ConditionDefinition condition, Answers answers) {
		return tally(condition, answers).scored(condition);
	}

	private static Tally tally(EvidenceModel model, Answers answers) {
		double logOdds = model.prior();
		List<EvidenceRule> applied = new ArrayList<>();
		for (EvidenceRule rule : model.evidence()) {
			if (rule.appliesTo(answers)) {
				logOdds += rule.points();
				applied.add(rule);
			}
		}
		return new Tally(logOdds, applied);
	}

	/** The evidence rules that applied to one cause and where they left its odds. */
	private record Tally(double logOdds, List<EvidenceRule> applied) {

		int score() {
			return (int) Math.round(CEILING / (1 + Math.exp(-logOdds)));
		}

		boolean hasEvidenceAboutThePain() {
			return applied.stream().anyMatch(rule -> rule.isFor() && rule.isAboutThePain());
		}

		ScoredCondition scored(ConditionDefinition condition) {
			return new ScoredCondition(condition, score(), logOdds, List.copyOf(applied));
		}

		ScoredConsideration considered(ConsiderAlsoDefinition definition) {
			return new ScoredConsideration(definition, score(), Match.of(score()),
					applied.stream().filter(EvidenceRule::isFor).toList());
		}

	}

}
