package org.glutecheck.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.glutecheck.answers.Answers;
import org.glutecheck.rulebook.ConditionDefinition;
import org.glutecheck.rulebook.ConsiderAlsoDefinition;
import org.glutecheck.rulebook.EvidenceModel;
import org.glutecheck.rulebook.EvidenceRule;
import org.glutecheck.rulebook.LevelAdvice;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.RulebookReleases;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.rulebook.TriageRule;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageReason;
import org.springframework.stereotype.Component;

/**
 * Turns a saved {@link Outcome} into the {@link Assessment} a person reads, with the texts of the
 * rulebook version that made it, so that a later rulebook never changes a saved result. New
 * assessments are shown through the same path, so what is read later is what was shown first.
 */
@Component
class AssessmentRenderer {

	private final RulebookReleases releases;

	/** By rulebook version and language. */
	private final Map<String, Texts> texts = new ConcurrentHashMap<>();

	AssessmentRenderer(RulebookReleases releases) {
		this.releases = releases;
	}

	/** In English, the language every text is written in first. */
	Assessment render(String reference, Instant createdAt, String rulebookVersion, TriageLevel level, Answers answers,
			Outcome outcome) {
		return render(reference, createdAt, rulebookVersion, level, answers, outcome, null);
	}

	/**
	 * In the reader's language: the texts of the version that made it, in that language where the
	 * version has them (RulebookReleases says which stay English); null means English.
	 */
	Assessment render(String reference, Instant createdAt, String rulebookVersion, TriageLevel level, Answers answers,
			Outcome outcome, Locale language) {
		Texts release = texts(rulebookVersion, language);
		LevelAdvice advice = release.rulebook().advice(level);
		// At an emergency the only advice is to get help now: no self-care, no "see a clinician if",
		// and a cause outside the ten says the emergency headline instead of its own advice.
		boolean emergency = level == TriageLevel.EMERGENCY;
		List<ConditionResult> conditions = outcome.conditions()
			.stream()
			.map(cause -> ConditionResult.of(release.condition(cause.id()), cause.score(),
					release.says(cause.id(), cause.evidenceFor()), release.says(cause.id(), cause.evidenceAgainst()),
					emergency))
			.toList();
		List<ConsiderAlsoResult> considerAlso = outcome.considerAlso() == null ? null
				: outcome.considerAlso()
					.stream()
					.map(considered -> ConsiderAlsoResult.of(release.consideration(considered.id()), considered.score(),
							release.says(considered.id(), considered.evidenceFor()), emergency ? advice.headline() : null))
					.toList();
		String leadingCause = outcome.conditions().isEmpty() ? null : outcome.conditions().get(0).id();
		List<TriageReason> reasons = outcome.reasons().stream().map(code -> release.reason(code, leadingCause)).toList();
		return new Assessment(reference, createdAt, rulebookVersion,
				new Triage(level, advice.headline(), advice.advice(), reasons), conditions, considerAlso,
				release.rulebook().disclaimer(), answers);
	}

	/**
	 * What the triage rules decided at a check-in, in the texts of the rulebook version that decided
	 * it, in this language (null: English).
	 */
	Triage render(String rulebookVersion, FollowUpDecision decision, Locale language) {
		Texts release = texts(rulebookVersion, language);
		LevelAdvice advice = release.rulebook().advice(decision.level());
		return new Triage(decision.level(), advice.headline(), advice.advice(), decision.reasons()
			.stream()
			.map(code -> release.reason(code, decision.leadingCondition()))
			.toList());
	}

	/**
	 * The outcome behind an assessment saved whole, before only outcomes were saved: its evidence
	 * sentences matched back to rule ids in the release that made it. Empty unless that release
	 * renders the outcome back into exactly the assessment given, so nothing shown is ever changed.
	 */
	Optional<Outcome> recover(Assessment shown) {
		if (releases.version(shown.rulebookVersion()).isEmpty()) {
			return Optional.empty();
		}
		Texts release = texts(shown.rulebookVersion(), null);
		try {
			Outcome outcome = new Outcome(shown.triage().reasons().stream().map(TriageReason::code).toList(),
					shown.conditions()
						.stream()
						.map(condition -> new Outcome.Cause(condition.id(), condition.score(),
								release.names(condition.id(), condition.evidenceFor()),
								release.names(condition.id(), condition.evidenceAgainst())))
						.toList(),
					shown.considerAlso() == null ? null
							: shown.considerAlso()
								.stream()
								.map(considered -> new Outcome.Consideration(considered.id(), considered.score(),
										release.names(considered.id(), considered.evidenceFor())))
								.toList());
			Assessment rendered = render(shown.reference(), shown.createdAt(), shown.rulebookVersion(),
					shown.triage().level(), shown.answers(), outcome);
			return rendered.equals(shown) ? Optional.of(outcome) : Optional.empty();
		}
		catch (UnknownEntryException ex) {
			return Optional.empty();
		}
	}

	private Texts texts(String version, Locale language) {
		String key = version + "/" + (language == null ? "" : language.getLanguage());
		return texts.computeIfAbsent(key, k -> new Texts(releases.version(version, language)
			.orElseThrow(() -> new IllegalStateException("No rulebook " + version + " in this build: a release that made"
					+ " saved assessments must stay in rulebook/releases"))));
	}

	/** A saved outcome names an entry that its rulebook version does not have. */
	private static final class UnknownEntryException extends RuntimeException {

		UnknownEntryException(String what) {
			super(what, null, false, false);
		}

	}

	/** One rulebook version's entries by id, for rendering. */
	private record Texts(Rulebook rulebook, Map<String, ConditionDefinition> conditions,
			Map<String, ConsiderAlsoDefinition> considerations, Map<String, EvidenceRule> evidence,
			Map<String, TriageRule> triageRules) {

		Texts(Rulebook rulebook) {
			this(rulebook, byId(rulebook.conditions().stream(), ConditionDefinition::id),
					byId(rulebook.considerAlso().stream(), ConsiderAlsoDefinition::id),
					byId(Stream.concat(rulebook.conditions().stream(), rulebook.considerAlso().stream())
						.flatMap(model -> model.evidence().stream()), EvidenceRule::id),
					byId(rulebook.triageRules().stream(), TriageRule::code));
		}

		private static <T> Map<String, T> byId(Stream<T> entries, Function<T, String> id) {
			return entries.collect(Collectors.toUnmodifiableMap(id, Function.identity()));
		}

		ConditionDefinition condition(String id) {
			return known(conditions.get(id), "condition " + id);
		}

		ConsiderAlsoDefinition consideration(String id) {
			return known(considerations.get(id), "considerAlso " + id);
		}

		List<String> says(String causeId, List<String> names) {
			return names.stream()
				.map(name -> Outcome.evidenceId(causeId, name))
				.map(id -> known(evidence.get(id), "evidence " + id).says())
				.toList();
		}

		/**
		 * A triage reason by its code: a triage rule, a cause outside the ten that fitted, or the
		 * rule that the leading cause needs a clinician to confirm it, whose words are that cause's.
		 *
		 * @param leadingCause the id of the cause that led the ranking; null when none was ranked
		 */
		TriageReason reason(String code, String leadingCause) {
			TriageRule rule = triageRules.get(code);
			if (rule != null) {
				return new TriageReason(code, rule.level(), rule.reason());
			}
			ConsiderAlsoDefinition considered = considerations.get(code);
			if (considered != null) {
				return new TriageReason(code, considered.level(), considered.reason());
			}
			Rulebook.ConfirmationRule confirmation = rulebook.confirmationRule();
			if (confirmation.code().equals(code) && leadingCause != null) {
				return condition(leadingCause).confirmationReason()
					.map(reason -> new TriageReason(code, confirmation.level(), reason))
					.orElseThrow(() -> new UnknownEntryException("confirmation reason of " + leadingCause));
			}
			throw new UnknownEntryException("triage reason " + code);
		}

		/**
		 * The names of a cause's rules that say these sentences, in order; a sentence two rules share
		 * maps to the first, which says the same.
		 */
		List<String> names(String causeId, List<String> sentences) {
			EvidenceModel model = conditions.containsKey(causeId) ? conditions.get(causeId) : consideration(causeId);
			List<String> names = new ArrayList<>();
			for (String sentence : sentences) {
				String id = model.evidence()
					.stream()
					.filter(rule -> rule.says().equals(sentence))
					.findFirst()
					.orElseThrow(() -> new UnknownEntryException("evidence of " + causeId + ": " + sentence))
					.id();
				names.add(Outcome.evidenceName(causeId, id));
			}
			return names;
		}

		private static <T> T known(T entry, String what) {
			if (entry == null) {
				throw new UnknownEntryException(what);
			}
			return entry;
		}

	}

}
