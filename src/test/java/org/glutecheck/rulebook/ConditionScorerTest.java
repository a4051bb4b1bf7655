package org.glutecheck.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glutecheck.answers.Aggravator.*;
import static org.glutecheck.answers.ContextFactor.*;
import static org.glutecheck.answers.Location.*;
import static org.glutecheck.answers.Quality.*;
import static org.glutecheck.answers.Reliever.*;
import static org.glutecheck.answers.Symptom.*;

import java.util.List;
import java.util.stream.Stream;

import org.glutecheck.answers.AgeBand;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Onset;
import org.glutecheck.answers.PainDuration;
import org.glutecheck.answers.Pattern;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.Sex;
import org.glutecheck.answers.Side;
import org.glutecheck.answers.TestAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/** Each condition's evidence, and the mimics the rulebook must tell apart. */
class ConditionScorerTest {

	static final Rulebook RULEBOOK = RulebookLoader.load(new ClassPathResource("rulebook/rulebook.yml"));

	private final ConditionScorer scorer = new ConditionScorer(RULEBOOK);

	static Stream<Arguments> typicalPresentations() {
		return Stream.of(
				Arguments.of("DOMS", TestAnswers.at(WHOLE_BUTTOCK).side(Side.BOTH).feels(ACHING)
					.lasted(PainDuration.DAYS_1_3).began(Onset.AFTER_WORKOUT).context(NEW_OR_HARDER_WORKOUT)
					.worseWith(STAIRS, PRESSING).betterWith(GENTLE_MOVEMENT).symptoms(STIFFNESS)),
				Arguments.of("OVERTRAINING", TestAnswers.at(WHOLE_BUTTOCK, BACK_OF_THIGH).feels(ACHING)
					.lasted(PainDuration.WEEKS_1_6).began(Onset.GRADUAL).context(TRAINS_MOST_DAYS, NEVER_RECOVERED)
					.worseWith(EXERCISE).betterWith(REST)),
				Arguments.of("GLUTEAL_INHIBITION", TestAnswers.at(WHOLE_BUTTOCK, LOWER_BACK).side(Side.BOTH).feels(DULL)
					.began(Onset.AFTER_SITTING).context(SITS_MOST_OF_DAY).symptoms(TIGHT_HIP_FLEXORS)
					.worseWith(SITTING).betterWith(GENTLE_MOVEMENT)),
				Arguments.of("GLUTEAL_TENDINOPATHY", TestAnswers.at(OUTER_HIP).sex(Sex.FEMALE).age(AgeBand.AGE_40_59)
					.worseWith(LYING_ON_SIDE, SINGLE_LEG_STANCE).symptoms(TENDER_OUTER_HIP_BONE)),
				Arguments.of("PIRIFORMIS_SYNDROME", TestAnswers.at(CENTER_BUTTOCK).side(Side.RIGHT).feels(ACHING)
					.worseWith(SITTING, PRESSING).betterWith(STRETCHING)),
				Arguments.of("LUMBAR_RADICULOPATHY", TestAnswers.at(LOWER_BACK, BELOW_KNEE).feels(SHARP, TINGLING)
					.worseWith(BENDING_COUGH_SNEEZE).symptoms(NUMBNESS)),
				Arguments.of("SI_JOINT_DYSFUNCTION", TestAnswers.at(SACRAL_DIMPLE).side(Side.LEFT)
					.worseWith(ROLLING_OR_RISING, STAIRS).context(PREGNANCY_OR_POSTPARTUM)),
				Arguments.of("PELVIC_FLOOR_TENSION", TestAnswers.at(GROIN_OR_PELVIC_FLOOR).worseWith(SITTING)
					.symptoms(BLADDER_URGENCY, PAIN_WITH_INTERCOURSE_OR_BOWEL)),
				Arguments.of("VASCULAR_CLAUDICATION", TestAnswers.at(WHOLE_BUTTOCK).age(AgeBand.AGE_60_PLUS)
					.pattern(Pattern.WITH_WALKING).betterWith(STANDING_STILL).context(SMOKER)),
				Arguments.of("ELECTROLYTE_CRAMPS", TestAnswers.at(CENTER_BUTTOCK).feels(CRAMPING)
					.pattern(Pattern.BRIEF_SPASMS).began(Onset.DURING_EXERCISE).context(HEAVY_SWEATING)
					.symptoms(VISIBLE_KNOT)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("typicalPresentations")
	void aTypicalPresentationLeads(String condition, TestAnswers answers) {
		assertThat(leading(answers.build())).isEqualTo(condition);
	}

	@Test
	void riskFactorsAloneNeverListACause() {
		// Smoking, diabetes and age speak for vascular claudication, but say nothing about this pain.
		Answers riskOnly = TestAnswers.at(SIT_BONE).age(AgeBand.AGE_60_PLUS).context(SMOKER, DIABETES_OR_HEART_DISEASE).build();
		assertThat(scorer.rank(riskOnly)).extracting(s -> s.condition().id()).doesNotContain("VASCULAR_CLAUDICATION");
		assertThat(scorer.rank(riskOnly)).allSatisfy(scored -> assertThat(scored.condition().evidence()
			.stream()
			.filter(rule -> rule.isFor() && rule.appliesTo(riskOnly))
			.anyMatch(EvidenceRule::isAboutThePain)).isTrue());
	}

	@Test
	void aFinerAgeBandCountsAsTheWideOneButAFinerPlaceDoesNot() {
		Answers forties = TestAnswers.at(OUTER_HIP).age(AgeBand.AGE_40_49).sex(Sex.FEMALE).build();
		Answers wide = TestAnswers.at(OUTER_HIP).age(AgeBand.AGE_40_59).sex(Sex.FEMALE).build();
		assertThat(scored(forties, "GLUTEAL_TENDINOPATHY").score()).isEqualTo(scored(wide, "GLUTEAL_TENDINOPATHY").score());
		Answers frontOfHip = TestAnswers.at(FRONT_OF_HIP_OR_GROIN).build();
		assertThat(scorer.rank(frontOfHip)).extracting(s -> s.condition().id()).doesNotContain("PELVIC_FLOOR_TENSION");
	}

	@Test
	void causesOutsideTheTenNeverEnterTheRankingAndFaintCluesListNone() {
		Answers hopping = TestAnswers.at(SACRAL_DIMPLE).symptoms(PAIN_ON_HOPPING).worseWith(EXERCISE)
			.context(TRAINS_MOST_DAYS).build();
		assertThat(scorer.considerAlso(hopping)).first().satisfies(c -> assertThat(c.definition().id()).isEqualTo("BONE_STRESS_INJURY"));
		assertThat(scorer.rank(hopping)).extracting(s -> s.condition().id()).doesNotContain("BONE_STRESS_INJURY");
		Answers faint = TestAnswers.at(WHOLE_BUTTOCK).age(AgeBand.AGE_18_39).symptoms(STIFFNESS).build();
		assertThat(scorer.considerAlso(faint)).isEmpty();
	}

	@Test
	void piriformisVersusSciatica() {
		TestAnswers buttock = TestAnswers.at(CENTER_BUTTOCK, BACK_OF_THIGH).side(Side.RIGHT).feels(ACHING, TINGLING)
			.worseWith(SITTING);
		assertThat(leading(buttock.build())).isEqualTo("PIRIFORMIS_SYNDROME");
		Answers spinal = TestAnswers.at(CENTER_BUTTOCK, BACK_OF_THIGH, BELOW_KNEE).side(Side.RIGHT)
			.feels(ACHING, TINGLING).worseWith(SITTING, BENDING_COUGH_SNEEZE).symptoms(NUMBNESS).build();
		assertThat(leading(spinal)).isEqualTo("LUMBAR_RADICULOPATHY");
		assertThat(scored(spinal, "PIRIFORMIS_SYNDROME").evidenceAgainst())
			.anyMatch(text -> text.contains("below the knee"))
			.anyMatch(text -> text.contains("coughing"));
	}

	@Test
	void vascularVersusSpinalClaudicationByWhatRelievesIt() {
		TestAnswers walker = TestAnswers.at(WHOLE_BUTTOCK, BACK_OF_THIGH).age(AgeBand.AGE_60_PLUS).side(Side.BOTH)
			.feels(ACHING).pattern(Pattern.WITH_WALKING).worseWith(WALKING).lasted(PainDuration.OVER_6_WEEKS);
		assertThat(leading(walker.copy().betterWith(STANDING_STILL).build())).isEqualTo("VASCULAR_CLAUDICATION");
		assertThat(leading(walker.copy().betterWith(SITTING_OR_BENDING_FORWARD).build())).isEqualTo("LUMBAR_RADICULOPATHY");
	}

	@Test
	void sacroiliacJointVersusRadiculopathy() {
		assertThat(leading(TestAnswers.at(SACRAL_DIMPLE, BACK_OF_THIGH).side(Side.LEFT).worseWith(ROLLING_OR_RISING)
			.build())).isEqualTo("SI_JOINT_DYSFUNCTION");
		assertThat(leading(TestAnswers.at(SACRAL_DIMPLE, BACK_OF_THIGH, BELOW_KNEE).side(Side.LEFT)
			.worseWith(ROLLING_OR_RISING, BENDING_COUGH_SNEEZE).feels(TINGLING).symptoms(NUMBNESS).build()))
			.isEqualTo("LUMBAR_RADICULOPATHY");
	}

	@Test
	void pelvicFloorUrgencyIsNotCaudaEquinaButLossOfControlWeighsAgainstIt() {
		TestAnswers pelvic = TestAnswers.at(GROIN_OR_PELVIC_FLOOR, CENTER_BUTTOCK).symptoms(BLADDER_URGENCY)
			.worseWith(SITTING);
		ScoredCondition urgency = scored(pelvic.build(), "PELVIC_FLOOR_TENSION");
		ScoredCondition lossOfControl = scored(pelvic.copy().redFlags(RedFlag.BLADDER_BOWEL_LOSS).build(),
				"PELVIC_FLOOR_TENSION");
		assertThat(leading(pelvic.build())).isEqualTo("PELVIC_FLOOR_TENSION");
		assertThat(lossOfControl.score()).isLessThan(urgency.score());
		assertThat(lossOfControl.evidenceAgainst()).anyMatch(text -> text.contains("Loss of control"));
	}

	@Test
	void domsVersusOvertrainingByTheClock() {
		TestAnswers training = TestAnswers.at(WHOLE_BUTTOCK).side(Side.BOTH).feels(ACHING).began(Onset.AFTER_WORKOUT)
			.context(NEW_OR_HARDER_WORKOUT, TRAINS_MOST_DAYS).worseWith(EXERCISE);
		assertThat(leading(training.copy().lasted(PainDuration.DAYS_1_3).build())).isEqualTo("DOMS");
		assertThat(leading(training.copy().lasted(PainDuration.WEEKS_1_6).build())).isEqualTo("OVERTRAINING");
	}

	@Test
	void aConditionWithNoEvidenceForItIsNotListed() {
		List<ScoredCondition> ranked = scorer.rank(TestAnswers.at(OUTER_HIP).build());
		assertThat(ranked).extracting(s -> s.condition().id()).containsExactly("GLUTEAL_TENDINOPATHY");
	}

	@Test
	void theReportedEvidenceIsExactlyWhatMovedTheScore() {
		Answers answers = TestAnswers.at(OUTER_HIP, BELOW_KNEE).sex(Sex.FEMALE).worseWith(LYING_ON_SIDE).build();
		ScoredCondition scored = scored(answers, "GLUTEAL_TENDINOPATHY");
		ConditionDefinition definition = scored.condition();
		List<EvidenceRule> applied = definition.evidence().stream().filter(rule -> rule.appliesTo(answers)).toList();
		double expected = definition.prior() + applied.stream().mapToDouble(EvidenceRule::points).sum();
		assertThat(scored.logOdds()).isEqualTo(expected);
		assertThat(scored.score()).isEqualTo((int) Math.round(95 / (1 + Math.exp(-expected))));
		assertThat(scored.evidenceFor())
			.containsExactlyElementsOf(applied.stream().filter(EvidenceRule::isFor).map(EvidenceRule::says).toList());
		assertThat(scored.evidenceAgainst()).containsExactlyElementsOf(
				applied.stream().filter(rule -> !rule.isFor()).map(EvidenceRule::says).toList());
		assertThat(scored.evidenceAgainst()).isNotEmpty();
		assertThat(scored.applied()).as("the rules a saved outcome names").containsExactlyElementsOf(applied);
	}

	@Test
	void aCauseOutsideTheTenReportsTheRulesForItThatApplied() {
		Answers hopping = TestAnswers.at(SACRAL_DIMPLE).symptoms(PAIN_ON_HOPPING).worseWith(EXERCISE)
			.context(TRAINS_MOST_DAYS).build();
		ScoredConsideration considered = scorer.considerAlso(hopping).get(0);
		List<EvidenceRule> forIt = considered.definition()
			.evidence()
			.stream()
			.filter(rule -> rule.isFor() && rule.appliesTo(hopping))
			.toList();
		assertThat(considered.rulesFor()).isNotEmpty().containsExactlyElementsOf(forIt);
		assertThat(considered.evidenceFor()).containsExactlyElementsOf(forIt.stream().map(EvidenceRule::says).toList());
	}

	@Test
	void rankingIsBestFirst() {
		List<ScoredCondition> ranked = scorer.rank(TestAnswers.at(CENTER_BUTTOCK, LOWER_BACK, BELOW_KNEE)
			.worseWith(SITTING).feels(CRAMPING).build());
		assertThat(ranked).extracting(ScoredCondition::logOdds).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(ranked).allSatisfy(s -> assertThat(s.score()).isBetween(1, 95));
	}

	private String leading(Answers answers) {
		return scorer.rank(answers).get(0).condition().id();
	}

	private ScoredCondition scored(Answers answers, String id) {
		return ConditionScorer.score(RULEBOOK.condition(id).orElseThrow(), answers);
	}

}
