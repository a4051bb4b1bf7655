package org.glutecheck.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.glutecheck.answers.Answers;
import org.glutecheck.rulebook.LevelAdvice;
import org.glutecheck.rulebook.Match;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.ScoredCondition;
import org.glutecheck.rulebook.ScoredConsideration;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.rulebook.TriageRule;
import org.springframework.stereotype.Service;

/**
 * Decides the triage level apart from the scores: the level starts at self-care and every rule that
 * applies can only raise it, so a warning sign is never outweighed by how well a benign cause fits.
 */
@Service
public class TriageService {

	private final Rulebook rulebook;

	TriageService(Rulebook rulebook) {
		this.rulebook = rulebook;
	}

	/** The triage from the rules and the ranked causes alone, as on the warning-signs page. */
	public Triage triage(Answers answers, List<ScoredCondition> ranked) {
		return triage(answers, ranked, List.of());
	}

	public Triage triage(Answers answers, List<ScoredCondition> ranked, List<ScoredConsideration> considered) {
		List<TriageReason> reasons = new ArrayList<>();
		for (TriageRule rule : rulebook.triageRules()) {
			if (rule.appliesTo(answers)) {
				reasons.add(new TriageReason(rule.code(), rule.level(), rule.reason()));
			}
		}
		// A cause outside the ten is one the questionnaire cannot weigh: once it fits at least
		// moderately, a clinician has to examine it.
		considered.stream()
			.filter(consideration -> consideration.match().atLeast(Match.MODERATE))
			.map(ScoredConsideration::definition)
			.forEach(definition -> reasons.add(new TriageReason(definition.id(), definition.level(), definition.reason())));
		if (!ranked.isEmpty()) {
			ScoredCondition leading = ranked.get(0);
			Rulebook.ConfirmationRule confirmation = rulebook.confirmationRule();
			leading.condition().confirmationReason().ifPresent(
					reason -> reasons.add(new TriageReason(confirmation.code(), confirmation.level(), reason)));
		}
		reasons.sort(Comparator.comparing(TriageReason::level).reversed());
		TriageLevel level = reasons.stream().map(TriageReason::level).reduce(TriageLevel.SELF_CARE, TriageLevel::atLeast);
		LevelAdvice advice = rulebook.advice(level);
		return new Triage(level, advice.headline(), advice.advice(), List.copyOf(reasons));
	}

}
