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
			      - id: DOMS.AFTER_WORKOUT
			        when: {onset: [AFTER_WORKOUT]}
			        points: 2
			        says: It began after a workout.
			""";

	private static final String CONSIDER_ALSO = """
			considerAlso:
			  - id: SHINGLES
			    name: Shingles
			    prior: -4
			    level: SOON
			    whyItMatters: A virus in a nerve.
			    whatToDo: See a GP within 3 days.
			    reason: A rash may be shingles.
			    sources:
			      - {title: NICE CKS Shingles, url: "https://cks.nice.org.uk/topics/shingles/"}
			    evidence:
			      - id: SHINGLES.RASH
			        when: {symptoms: [RASH]}
			        points: 4
			        says: There is a rash.
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
	void aWarningSignWhoseOnlyRuleAppliesAtCheckInsIsRefused() {
		String triage = triage().replace(ruleFor(RedFlag.FEVER), ruleFor(RedFlag.FEVER).replace("    level: URGENT\n",
				"    level: URGENT\n    checkInOnly: true\n"));
		assertThatThrownBy(() -> load(CONDITION, triage)).isInstanceOf(RulebookException.class)
			.hasMessageContaining("the warning sign FEVER has no rule of its own");
	}

	@Test
	void aRuleAppliesEverywhereUnlessItSaysItIsForCheckInsOnly() {
		String worse = "  - code: WORSE\n    level: SOON\n    checkInOnly: true\n    when: {course: [WORSENING]}\n"
				+ "    reason: Worse since.\n";
		Rulebook rulebook = load(CONDITION, triage() + worse);
		assertThat(rulebook.triageRules()).filteredOn(TriageRule::checkInOnly)
			.extracting(TriageRule::code)
			.containsExactly("WORSE");
	}

	@Test
	void unreadableYamlNamesWhereItBroke() {
		assertThatThrownBy(() -> load(CONDITION.replace("selfCare: [Keep moving.]", "selfCare: [{a: b}]")))
			.isInstanceOf(RulebookException.class)
			.hasMessageContaining("selfCare");
	}

	@Test
	void aKeyWrittenTwiceIsRefusedRatherThanTheLastOneWinning() {
		assertThatThrownBy(() -> load(CONDITION.replace("        points: 2\n", "        points: 2\n        points: 9\n")))
			.isInstanceOf(RulebookException.class)
			.hasMessageContaining("points");
	}

	@Test
	void anEvidenceRuleNeedsAStableIdUnderItsCause() {
		assertInvalid(CONDITION.replace("      - id: DOMS.AFTER_WORKOUT\n        when:", "      - when:"),
				"condition DOMS evidence #1: needs an id of the form DOMS.NAME");
		assertInvalid(CONDITION.replace("DOMS.AFTER_WORKOUT", "CRAMPS.AFTER_WORKOUT"), "needs an id of the form DOMS.NAME");
	}

	@Test
	void anEvidenceIdUsedTwiceIsRefused() {
		String twice = CONDITION + """
				      - id: DOMS.AFTER_WORKOUT
				        when: {duration: [DAYS_1_3]}
				        points: 1
				        says: One to three days.
				""";
		assertInvalid(twice, "the id DOMS.AFTER_WORKOUT is used twice");
	}

	@Test
	void aRuleThatCanNeverFireIsRefused() {
		assertInvalid(CONDITION.replace("{onset: [AFTER_WORKOUT]}", "{onset: {allOf: [AFTER_WORKOUT, GRADUAL]}}"),
				"condition DOMS evidence #1: can never fire");
		assertInvalid(CONDITION.replace("        points: 2", "        unless: {onset: [AFTER_WORKOUT]}\n        points: 2"),
				"can never fire");
		assertInvalid(CONDITION.replace("{onset: [AFTER_WORKOUT]}", "{severity: {atLeast: 8, atMost: 3}}"), "can never fire");
	}

	@Test
	void aTriageRuleWhoseAlternativesAllContradictThemselvesIsRefused() {
		String impossible = "  - code: IMPOSSIBLE\n    level: SOON\n    when:\n"
				+ "      - {onset: {allOf: [GRADUAL, AFTER_INJURY]}}\n      - {severity: {atLeast: 11}}\n"
				+ "    reason: Never.\n";
		assertThatThrownBy(() -> load(CONDITION, triage() + impossible)).isInstanceOf(RulebookException.class)
			.hasMessageContaining("triage rule IMPOSSIBLE: can never fire");
	}

	@Test
	void aTriageRuleMayListAlternatives() {
		String either = "  - code: EITHER\n    level: URGENT\n    when:\n"
				+ "      - {context: [BLOOD_THINNERS], onset: [AFTER_INJURY]}\n      - {context: [BLOOD_THINNERS], severity: {atLeast: 8}}\n"
				+ "    reason: Possible bleeding.\n";
		TriageRule rule = load(CONDITION, triage() + either).triageRules()
			.stream()
			.filter(r -> r.code().equals("EITHER"))
			.findFirst()
			.orElseThrow();
		assertThat(rule.whenAny()).hasSize(2);
	}

	@Test
	void aSourceMustBeTheWorkNotASearchPage() {
		assertInvalid(CONDITION.replace("https://medlineplus.gov/ency/article/003178.htm",
				"https://pubmed.ncbi.nlm.nih.gov/?term=muscle+soreness"), "not a search");
	}

	@Test
	void aCauseNeedsEvidenceAboutThePainNotOnlyRiskFactors() {
		assertInvalid(CONDITION.replace("{onset: [AFTER_WORKOUT]}", "{context: [SMOKER]}"),
				"condition DOMS: has no evidence for it about the pain itself");
	}

	@Test
	void considerAlsoCausesLoadWithTheirLevel() {
		Rulebook rulebook = load(CONDITION + CONSIDER_ALSO);
		assertThat(rulebook.considerAlso()).singleElement().satisfies(shingles -> {
			assertThat(shingles.level()).isEqualTo(TriageLevel.SOON);
			assertThat(shingles.evidence()).extracting(EvidenceRule::id).containsExactly("SHINGLES.RASH");
		});
	}

	@Test
	void aConsiderAlsoCauseMustSendToAClinician() {
		assertInvalid(CONDITION + CONSIDER_ALSO.replace("level: SOON", "level: SELF_CARE"),
				"considerAlso SHINGLES: needs a level above SELF_CARE");
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
