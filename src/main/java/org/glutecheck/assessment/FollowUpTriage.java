package org.glutecheck.assessment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.FollowUpAnswers;
import org.glutecheck.answers.PainDuration;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.Symptom;
import org.glutecheck.rulebook.ConditionScorer;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.ScoredCondition;
import org.glutecheck.rulebook.ScoredConsideration;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageReason;
import org.glutecheck.triage.TriageService;
import org.springframework.stereotype.Component;

/**
 * Decides the triage again when a person checks in on an assessment, with the same live rulebook and
 * engine as any assessment: the answers are built as they are now and triaged, with the rules that
 * apply only at a check-in. Now means: the course and the worst pain from the latest check-in, every
 * warning sign and symptom reported so far (the assessment's and every check-in's), and the duration
 * advanced by the time since the assessment was made.
 * <p>
 * The duration was reported as a band, so how long the pain has lasted now is known only within a
 * range: from just past the band's start plus the time since, to the band's end plus the time since
 * ({@link PainDuration#possibleAfter}). The answers are triaged once for each band in that range and
 * every rule that holds for any of them counts. The longest makes "over a week and not improving"
 * fire no later than it should; the shortest keeps the rules that hold only for a recent pain, or
 * that a long-lasting pain switches off (bladder urgency with sciatica), from being lost to a guess.
 */
@Component
class FollowUpTriage {

	private final Rulebook rulebook;

	private final ConditionScorer scorer;

	private final TriageService triageService;

	FollowUpTriage(Rulebook rulebook, ConditionScorer scorer, TriageService triageService) {
		this.rulebook = rulebook;
		this.scorer = scorer;
		this.triageService = triageService;
	}

	/**
	 * The triage of the pain as it is now, {@code elapsed} after the assessment was made.
	 *
	 * @param assessed the answers the assessment was made from
	 * @param checkIns every check-in on it, oldest first, the one being made last
	 */
	FollowUpDecision decide(Answers assessed, List<FollowUpAnswers> checkIns, Duration elapsed) {
		// An assessment stopped at an emergency warning sign never had its causes ranked, as the
		// questions that rank them were not asked; nor are they ranked now (as assessUnfinished).
		boolean complete = !assessed.locations().isEmpty();
		String confirmation = rulebook.confirmationRule().code();
		Map<String, TriageReason> reasons = new LinkedHashMap<>();
		String leadingCondition = null;
		for (PainDuration duration : PainDuration.possibleAfter(assessed.duration(), elapsed)) {
			Answers now = now(assessed, checkIns, duration);
			List<ScoredCondition> ranked = complete ? scorer.rank(now) : List.of();
			List<ScoredConsideration> considered = complete ? scorer.considerAlso(now) : List.of();
			Triage triage = triageService.triageAtCheckIn(now, ranked, considered);
			if (leadingCondition == null && triage.reasons().stream().anyMatch(reason -> reason.code().equals(confirmation))) {
				leadingCondition = ranked.get(0).condition().id();
			}
			triage.reasons().forEach(reason -> reasons.putIfAbsent(reason.code(), reason));
		}
		List<TriageReason> mostUrgentFirst = new ArrayList<>(reasons.values());
		mostUrgentFirst.sort(Comparator.comparing(TriageReason::level).reversed());
		TriageLevel level = mostUrgentFirst.stream()
			.map(TriageReason::level)
			.reduce(TriageLevel.SELF_CARE, TriageLevel::atLeast);
		return new FollowUpDecision(level, mostUrgentFirst.stream().map(TriageReason::code).toList(), leadingCondition);
	}

	private static Answers now(Answers assessed, List<FollowUpAnswers> checkIns, PainDuration duration) {
		FollowUpAnswers latest = checkIns.get(checkIns.size() - 1);
		Set<RedFlag> redFlags = new LinkedHashSet<>(assessed.redFlags());
		Set<Symptom> symptoms = new LinkedHashSet<>(assessed.symptoms());
		checkIns.forEach(checkIn -> {
			redFlags.addAll(checkIn.redFlags());
			symptoms.addAll(checkIn.symptoms());
		});
		return new Answers(assessed.ageBand(), assessed.sex(), assessed.side(), assessed.locations(),
				assessed.qualities(), latest.severity(), duration, assessed.onset(), assessed.pattern(), latest.course(),
				assessed.aggravators(), assessed.relievers(), assessed.context(), List.copyOf(symptoms),
				List.copyOf(redFlags), redFlags.isEmpty() ? assessed.noWarningSigns() : null);
	}

}
