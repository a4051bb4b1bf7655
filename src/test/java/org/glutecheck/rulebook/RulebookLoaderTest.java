package org.glutecheck.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.glutecheck.answers.RedFlag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class RulebookLoaderTest {

	private static final String CONDITION = """
			  - id: DOMS
			    name: Muscle soreness
			    prior: -2
			    explanation: Sore after a workout.
			    selfCare: [Keep moving.]
			    seeAClinicianIf: [Not better in a week.]
			    sources:
			      - {title: MedlinePlus, url: "https://medlineplus.gov/ency/article/003178.htm"}
			    evidence:
			      - when: {onset: [AFTER_WORKOUT]}
			        points: 2
			        says: It began after a workout.
			""";

	@Test
	void theShippedRulebookLoadsWithTheTenContractConditions() {
		Rulebook rulebook = RulebookLoader.load(new ClassPathResource("rulebook/rulebook.yml"));
		assertThat(rulebook.conditions()).extracting(ConditionDefinition::id)
			.containsExactlyInAnyOrder("DOMS", "OVERTRAINING", "GLUTEAL_INHIBITION", "GLUTEAL_TENDINOPATHY",
					"PIRIFORMIS_SYNDROME", "LUMBAR_RADICULOPATHY", "SI_JOINT_DYSFUNCTION", "PELVIC_FLOOR_TENSION",
					"VASCULAR_CLAUDICATION", "ELECTROLYTE_CRAMPS");
		assertThat(rulebook.version()).isNotBlank();
		assertThat(rulebook.levels()).hasSize(TriageLevel.values().length);
	}

	@Test
	void aMinimalRulebookLoads() {
		Rulebook rulebook = load(CONDITION);
		assertThat(rulebook.conditions()).singleElement()
			.satisfies(c -> assertThat(c.evidence()).singleElement().satisfies(e -> assertThat(e.points()).isEqualTo(2)));
	}

	@Test
	void anUnknownCodeNamesTheEntry() {
		assertInvalid(CONDITION.replace("AFTER_WORKOUT", "AFTER_WORKOUTS"),
				"condition DOMS evidence #1 field 'onset': unknown code 'AFTER_WORKOUTS'");
	}

	@Test
	void anUnknownFieldNamesTheEntry() {
		assertInvalid(CONDITION.replace("{onset:", "{onsets:"), "condition DOMS evidence #1: unknown answer field 'onsets'");
	}

	@Test
	void aMissingExplanationNamesTheEntry() {
		assertInvalid(CONDITION.replace("explanation: Sore after a workout.", "explanation: \"\""),
				"condition DOMS explanation: is missing");
	}

	@Test
	void aConditionWithoutSourcesNamesTheEntry() {
		String noSources = CONDITION.replaceAll("(?s)    sources:.*?(?=    evidence:)", "    sources: []\n");
		assertInvalid(noSources, "condition DOMS: has no sources");
	}

	@Test
	void aConditionWithoutEvidenceForItIsRefused() {
		assertInvalid(CONDITION.replace("points: 2", "points: -2"), "condition DOMS: has no evidence for it");
	}

	@Test
	void aNumberTestOnACodeFieldIsRefused() {
		assertInvalid(CONDITION.replace("{onset: [AFTER_WORKOUT]}", "{onset: {atLeast: 3}}"),
				"'atLeast' cannot test this field");
	}

	@Test
	void aWarningSignWithoutItsOwnRuleIsRefused() {
		String triage = triage().replace(ruleFor(RedFlag.FEVER), "");
		assertThatThrownBy(() -> load(CONDITION, triage)).isInstanceOf(RulebookException.class)
			.hasMessageContaining("the warning sign FEVER has no rule of its own");
	}

	@Test
	void unreadableYamlNamesWhereItBroke() {
		assertThatThrownBy(() -> load(CONDITION.replace("selfCare: [Keep moving.]", "selfCare: [{a: b}]")))
			.isInstanceOf(RulebookException.class)
			.hasMessageContaining("selfCare");
	}

	private static void assertInvalid(String conditions, String message) {
		assertThatThrownBy(() -> load(conditions)).isInstanceOf(RulebookException.class).hasMessageContaining(message);
	}

	private static Rulebook load(String conditions) {
		return load(conditions, triage());
	}

	private static Rulebook load(String conditions, String triage) {
		String yaml = """
				version: "test"
				disclaimer: Educational only.
				levels:
				  EMERGENCY: {headline: Now, advice: Go now.}
				  URGENT: {headline: Today, advice: Today.}
				  SOON: {headline: Soon, advice: Book.}
				  SELF_CARE: {headline: Self-care, advice: Rest.}
				leadingCauseNeedsClinician: {code: CONFIRM, level: SOON}
				triage:
				""" + triage + "conditions:\n" + conditions;
		return RulebookLoader.load(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test rulebook"));
	}

	private static String triage() {
		return Arrays.stream(RedFlag.values()).map(RulebookLoaderTest::ruleFor).collect(Collectors.joining());
	}

	private static String ruleFor(RedFlag flag) {
		return "  - code: " + flag + "\n    level: URGENT\n    when: {redFlags: [" + flag
				+ "]}\n    reason: A warning sign.\n";
	}

}
