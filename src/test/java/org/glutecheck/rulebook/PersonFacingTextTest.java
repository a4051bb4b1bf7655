package org.glutecheck.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** What the person reads keeps the contract's promises on honesty, whatever the rulebook holds. */
class PersonFacingTextTest {

	private static final Rulebook RULEBOOK = ConditionScorerTest.RULEBOOK;

	/** A text that speaks of numbness and calls anything in it harmless, in either order. */
	private static final Pattern NUMBNESS_CALLED_HARMLESS = Pattern
		.compile("(?is)numb.*\\b(harmless|nothing to worry|not serious)|(harmless|nothing to worry|not serious).*numb");

	@Test
	void noTextCallsANumbButtockHarmless() {
		assertThat(everyText()).noneMatch(text -> NUMBNESS_CALLED_HARMLESS.matcher(text).find());
	}

	@Test
	void causesWithWeakEvidenceSaySo() {
		for (String id : List.of("PIRIFORMIS_SYNDROME", "GLUTEAL_INHIBITION")) {
			assertThat(RULEBOOK.condition(id).orElseThrow().explanation()).as(id).containsIgnoringCase("evidence")
				.containsIgnoringCase("weak");
		}
	}

	@Test
	void selfCareThatSqueezesTheGlutealTendonsSaysToStopIfTheSideOfTheHipHurts() {
		Pattern squeezing = Pattern.compile("(?i)opposite shoulder|side-lying leg raise");
		RULEBOOK.conditions()
			.stream()
			.flatMap(condition -> condition.selfCare().stream())
			.filter(advice -> squeezing.matcher(advice).find())
			.forEach(advice -> assertThat(advice).containsIgnoringCase("stop").containsIgnoringCase("side of the hip"));
	}

	private static List<String> everyText() {
		List<String> texts = new ArrayList<>();
		RULEBOOK.levels().values().forEach(level -> texts.addAll(List.of(level.headline(), level.advice())));
		RULEBOOK.triageRules().forEach(rule -> texts.add(rule.reason()));
		RULEBOOK.conditions().forEach(condition -> {
			texts.add(condition.explanation());
			texts.addAll(condition.selfCare());
			texts.addAll(condition.seeAClinicianIf());
			condition.confirmationReason().ifPresent(texts::add);
			condition.evidence().forEach(rule -> texts.add(rule.says()));
		});
		RULEBOOK.considerAlso().forEach(cause -> {
			texts.addAll(List.of(cause.whyItMatters(), cause.whatToDo(), cause.reason()));
			cause.evidence().forEach(rule -> texts.add(rule.says()));
		});
		return texts;
	}

}
