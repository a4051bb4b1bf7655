package org.glutecheck.assessment;

import java.util.List;

import org.glutecheck.rulebook.ScoredCondition;
import org.glutecheck.rulebook.Source;

/** One candidate cause with the evidence for and against it and what to do about it. */
public record ConditionResult(String id, String name, int score, Match match, List<String> evidenceFor,
		List<String> evidenceAgainst, String explanation, List<String> selfCare, List<String> seeAClinicianIf,
		List<Source> sources) {

	/** How well the answers fit, in words, so that a number is never the only signal. */
	public enum Match {

		STRONG, MODERATE, WEAK;

		static Match of(int score) {
			return score >= 70 ? STRONG : score >= 40 ? MODERATE : WEAK;
		}

	}

	static ConditionResult of(ScoredCondition scored) {
		var condition = scored.condition();
		return new ConditionResult(condition.id(), condition.name(), scored.score(), Match.of(scored.score()),
				scored.evidenceFor(), scored.evidenceAgainst(), condition.explanation(), condition.selfCare(),
				condition.seeAClinicianIf(), condition.sources());
	}

}
