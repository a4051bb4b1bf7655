package org.glutecheck.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.glutecheck.answers.Answers;
import org.glutecheck.rulebook.ConditionDefinition;
import org.glutecheck.rulebook.LevelAdvice;
import org.glutecheck.rulebook.Match;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.RulebookReleases;
import org.glutecheck.rulebook.ScoredCondition;
import org.glutecheck.rulebook.ScoredConsideration;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.rulebook.TriageRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Decides the triage level apart from the scores: the level starts at self-care and every rule that
 * applies can only raise it, so a warning sign is never outweighed by how well a benign cause fits.
 */
@Service
public class TriageService {

	private final Rulebook rulebook;

	/** The live rulebook in each language; null reads English only. */
	private final RulebookReleases releases;

	TriageService(Rulebook rulebook) {
		this(rulebook, null);
	}

	@Autowired
	TriageService(Rulebook rulebook, RulebookReleases releases) {
		this.rulebook = rulebook;
		this.releases = releases;
	}

	/** The triage from the rules and the ranked causes alone, as on the warning-signs page. */
	public Triage triage(Answers answers, List<ScoredCondition> ranked) {
		return triage(answers, ranked, List.of());
	}

	/**
	 * Its headline, advice and reasons are in the language of the request being answered (English
	 * outside a request); the rules, and so the level, are the same in every language.
	 */
	public Triage triage(Answers answers, List<ScoredCondition> ranked, List<ScoredConsideration> considered) {
		return triage(answers, ranked, considered, false);
	}

	/**
	 * As {@link #triage(Answers, List, List)}, for the answers as they are when a person checks in on
	 * an earlier assessment ("how is it now?"): the rules that apply only at a check-in apply too.
	 */
	public Triage triageAtCheckIn(Answers answers, List<ScoredCondition> ranked, List<ScoredConsideration> considered) {
		return triage(answers, ranked, considered, true);
	}

	private Triage triage(Answers answers, List<ScoredCondition> ranked, List<ScoredConsideration> considered,
			boolean atCheckIn) {
		Rulebook rulebook = inReadersLanguage();
		List<TriageReason> reasons = new ArrayList<>();
		for (TriageRule rule : rulebook.triageRules()) {
			if ((atCheckIn || !rule.checkInOnly()) && rule.appliesTo(answers)) {
				reasons.add(new TriageReason(rule.code(), rule.level(), rule.reason()));
			}
		}
		// A cause outside the ten is one the questionnaire cannot weigh: once it fits at least
		// moderately, a clinician has to examine it.
		considered.stream()
			.filter(consideration -> consideration.match().atLeast(Match.MODERATE))
			.map(ScoredConsideration::definition)
			.map(definition -> rulebook.considerAlso()
				.stream()
				.filter(same -> same.id().equals(definition.id()))
				.findFirst()
				.orElse(definition))
			.forEach(definition -> reasons.add(new TriageReason(definition.id(), definition.level(), definition.reason())));
		if (!ranked.isEmpty()) {
			ConditionDefinition leading = rulebook.condition(ranked.get(0).condition().id())
				.orElse(ranked.get(0).condition());
			Rulebook.ConfirmationRule confirmation = rulebook.confirmationRule();
			leading.confirmationReason().ifPresent(
					reason -> reasons.add(new TriageReason(confirmation.code(), confirmation.level(), reason)));
		}
		reasons.sort(Comparator.comparing(TriageReason::level).reversed());
		TriageLevel level = reasons.stream().map(TriageReason::level).reduce(TriageLevel.SELF_CARE, TriageLevel::atLeast);
		LevelAdvice advice = rulebook.advice(level);
		return new Triage(level, advice.headline(), advice.advice(), List.copyOf(reasons));
	}

	private Rulebook inReadersLanguage() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		if (releases == null || context == null || context.getLocale() == null) {
			return rulebook;
		}
		return releases.version(rulebook.version(), context.getLocale()).orElse(rulebook);
	}

}
