package org.glutecheck.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glutecheck.rulebook.TriageLevel.EMERGENCY;
import static org.glutecheck.rulebook.TriageLevel.SELF_CARE;
import static org.glutecheck.rulebook.TriageLevel.SOON;
import static org.glutecheck.rulebook.TriageLevel.URGENT;

import java.util.List;
import java.util.stream.Stream;

import org.glutecheck.answers.AgeBand;
import org.glutecheck.answers.Aggravator;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.ContextFactor;
import org.glutecheck.answers.Course;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.Onset;
import org.glutecheck.answers.PainDuration;
import org.glutecheck.answers.Pattern;
import org.glutecheck.answers.Quality;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.Reliever;
import org.glutecheck.answers.Side;
import org.glutecheck.answers.Symptom;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.rulebook.ConditionScorer;
import org.glutecheck.rulebook.Match;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.RulebookLoader;
import org.glutecheck.rulebook.TriageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

class TriageServiceTest {

	private static final Rulebook RULEBOOK = RulebookLoader.load(new ClassPathResource("rulebook/rulebook.yml"));

	private final TriageService triage = new TriageService(RULEBOOK);

	private final ConditionScorer scorer = new ConditionScorer(RULEBOOK);

	/** A textbook case of muscle soreness: every score says "self-care". */
	private static TestAnswers doms() {
		return TestAnswers.at(Location.WHOLE_BUTTOCK).side(Side.BOTH).feels(Quality.ACHING).severity(4)
			.lasted(PainDuration.DAYS_1_3).began(Onset.AFTER_WORKOUT).context(ContextFactor.NEW_OR_HARDER_WORKOUT)
			.betterWith(Reliever.GENTLE_MOVEMENT);
	}

	static Stream<Arguments> warningSigns() {
		return Stream.of(Arguments.of(RedFlag.BLADDER_BOWEL_LOSS, EMERGENCY), Arguments.of(RedFlag.SADDLE_NUMBNESS, EMERGENCY),
				Arguments.of(RedFlag.BOTH_LEGS, EMERGENCY), Arguments.of(RedFlag.COLD_PALE_LEG, EMERGENCY),
				Arguments.of(RedFlag.DARK_URINE, EMERGENCY), Arguments.of(RedFlag.PROGRESSIVE_WEAKNESS, URGENT),
				Arguments.of(RedFlag.FEVER, URGENT), Arguments.of(RedFlag.SIGNIFICANT_INJURY, URGENT),
				Arguments.of(RedFlag.CANCER_OR_WEIGHT_LOSS, SOON), Arguments.of(RedFlag.NIGHT_PAIN, SOON));
	}

	@ParameterizedTest(name = "{0} reaches {1}")
	@MethodSource("warningSigns")
	void eachWarningSignReachesItsLevelEvenInTheMostBenignStory(RedFlag flag, TriageLevel level) {
		Triage result = assess(doms().redFlags(flag).build());
		assertThat(result.level()).isEqualTo(level);
		assertThat(result.reasons()).extracting(TriageReason::code).contains(flag.name());
	}

	@Test
	void cancerHistoryWithNightPainIsUrgent() {
		Triage result = assess(doms().redFlags(RedFlag.CANCER_OR_WEIGHT_LOSS, RedFlag.NIGHT_PAIN).build());
		assertThat(result.level()).isEqualTo(URGENT);
		assertThat(result.reasons().get(0).code()).isEqualTo("CANCER_AND_NIGHT_PAIN");
	}

	@ParameterizedTest
	@EnumSource(value = Symptom.class, names = { "NUMBNESS", "WEAKNESS" })
	void nerveSymptomsNeedAClinician(Symptom symptom) {
		assertThat(assess(doms().symptoms(symptom).build()).level()).isEqualTo(SOON);
	}

	@Test
	void severePainNeedsAClinicianFromEight() {
		assertThat(assess(doms().severity(7).build()).level()).isEqualTo(SELF_CARE);
		assertThat(assess(doms().severity(8).build()).reasons()).extracting(TriageReason::code).containsExactly("SEVERE_PAIN");
	}

	@Test
	void painBeyondAWeekNeedsAClinicianUnlessItIsImproving() {
		TestAnswers weeks = doms().lasted(PainDuration.WEEKS_1_6);
		assertThat(codes(weeks.copy().course(Course.SAME).build())).containsExactly("DURATION_OVER_A_WEEK");
		assertThat(codes(weeks.copy().build())).containsExactly("DURATION_OVER_A_WEEK");
		assertThat(codes(weeks.copy().course(Course.WORSENING).build())).containsExactly("WORSENING_AFTER_A_WEEK");
		assertThat(assess(weeks.copy().course(Course.IMPROVING).build()).level()).isEqualTo(SELF_CARE);
	}

	@Test
	void worseningInTheFirstWeekAloneIsSelfCare() {
		assertThat(assess(doms().course(Course.WORSENING).build()).level()).isEqualTo(SELF_CARE);
	}

	@Test
	void worseSinceTheAssessmentNeedsAClinicianButOnlyAtACheckIn() {
		Answers worse = doms().course(Course.WORSENING).build();
		assertThat(triage.triage(worse, scorer.rank(worse), scorer.considerAlso(worse)).level()).isEqualTo(SELF_CARE);

		Triage atCheckIn = triage.triageAtCheckIn(worse, scorer.rank(worse), scorer.considerAlso(worse));
		assertThat(atCheckIn.level()).isEqualTo(SOON);
		assertThat(atCheckIn.reasons()).extracting(TriageReason::code).containsExactly("WORSE_SINCE_ASSESSED");
		Answers better = doms().course(Course.IMPROVING).build();
		assertThat(triage.triageAtCheckIn(better, scorer.rank(better), scorer.considerAlso(better)).level())
			.isEqualTo(SELF_CARE);
	}

	@Test
	void aLaterTriageRaisesTheLevelButNeverLowersIt() {
		Triage urgent = assess(doms().severity(9).build());
		Triage emergency = assess(doms().redFlags(RedFlag.COLD_PALE_LEG).build());
		Triage selfCare = assess(doms().build());

		assertThat(urgent.raisedBy(selfCare)).as("a lower triage changes nothing").isSameAs(urgent);
		Triage raised = urgent.raisedBy(emergency);
		assertThat(raised.level()).isEqualTo(EMERGENCY);
		assertThat(raised.headline()).isEqualTo(emergency.headline());
		assertThat(raised.reasons()).extracting(TriageReason::code)
			.as("the new reasons, then the earlier ones, most urgent first")
			.containsExactly("COLD_PALE_LEG", "PAIN_OUT_OF_PROPORTION_AFTER_EXERCISE", "SEVERE_PAIN");
		assertThat(raised.raisedBy(urgent).reasons()).as("a reason is never listed twice")
			.extracting(TriageReason::code)
			.containsExactly("COLD_PALE_LEG", "PAIN_OUT_OF_PROPORTION_AFTER_EXERCISE", "SEVERE_PAIN");
	}

	@Test
	void aLeadingCauseThatNeedsConfirmationRaisesToSoon() {
		Answers claudication = TestAnswers.at(Location.WHOLE_BUTTOCK).pattern(Pattern.WITH_WALKING)
			.betterWith(Reliever.STANDING_STILL).worseWith(Aggravator.WALKING).lasted(PainDuration.DAYS_4_7).build();
		Triage result = assess(claudication);
		assertThat(result.level()).isEqualTo(SOON);
		assertThat(result.reasons()).extracting(TriageReason::code).containsExactly("LEADING_CAUSE_NEEDS_CONFIRMATION");
	}

	@Test
	void theLevelIsTheMostUrgentAndEveryRaiseIsAReasonMostUrgentFirst() {
		Triage result = assess(doms().severity(9).symptoms(Symptom.NUMBNESS)
			.redFlags(RedFlag.FEVER, RedFlag.SADDLE_NUMBNESS).build());
		assertThat(result.level()).isEqualTo(EMERGENCY);
		assertThat(result.headline()).isEqualTo(RULEBOOK.advice(EMERGENCY).headline());
		assertThat(result.reasons()).extracting(TriageReason::code)
			.containsExactly("SADDLE_NUMBNESS", "FEVER_WITH_NERVE_SIGNS", "PAIN_OUT_OF_PROPORTION_AFTER_EXERCISE", "FEVER",
					"NERVE_SYMPTOMS", "SEVERE_PAIN");
		assertThat(result.reasons()).extracting(TriageReason::text).allSatisfy(text -> assertThat(text).isNotBlank());
	}

	@Test
	void selfCareHasNoReasonsAndEveryOtherLevelHasOne() {
		Triage selfCare = assess(doms().build());
		assertThat(selfCare.level()).isEqualTo(SELF_CARE);
		assertThat(selfCare.reasons()).isEmpty();
		for (RedFlag flag : RedFlag.values()) {
			assertThat(assess(doms().redFlags(flag).build()).reasons()).isNotEmpty();
		}
	}

	@Test
	void aFallAtSixtyOrOverNeedsAClinicianAndHipPainAfterItAnXrayToday() {
		TestAnswers fall = TestAnswers.at(Location.WHOLE_BUTTOCK).began(Onset.AFTER_INJURY).lasted(PainDuration.DAYS_1_3);
		assertThat(assess(fall.copy().age(AgeBand.AGE_18_39).build()).level()).isEqualTo(SELF_CARE);
		assertThat(codes(fall.copy().age(AgeBand.AGE_60_PLUS).build())).containsExactly("INJURY_AT_60_PLUS");
		TestAnswers hipFall = TestAnswers.at(Location.OUTER_HIP).began(Onset.AFTER_INJURY).lasted(PainDuration.DAYS_1_3);
		assertThat(codes(hipFall.age(AgeBand.AGE_60_PLUS).build()))
			.containsExactly("HIP_PAIN_AFTER_A_FALL_AT_60_PLUS", "INJURY_AT_60_PLUS");
	}

	@Test
	void hipOrGroinPainUnderEighteenNeedsAClinician() {
		assertThat(codes(TestAnswers.at(Location.GROIN_OR_PELVIC_FLOOR).age(AgeBand.UNDER_18).build()))
			.contains("YOUNG_PERSON_HIP_PAIN");
		assertThat(assess(doms().age(AgeBand.UNDER_18).build()).level()).isEqualTo(SELF_CARE);
	}

	@Test
	void triageDoesNotDependOnTheScores() {
		Answers answers = doms().redFlags(RedFlag.COLD_PALE_LEG).build();
		assertThat(triage.triage(answers, List.of()).level()).isEqualTo(EMERGENCY);
	}

	/**
	 * The triage rules added beyond the contract's table, each with the case from the published
	 * reports that called for it: the rule fires, reaches its level and says why.
	 */
	static Stream<Arguments> rulesBeyondTheContract() {
		return Stream.of(
				Arguments.of("BLOOD_THINNERS_WITH_BLEEDING_SIGNS", URGENT, TestAnswers.at(Location.FRONT_OF_HIP_OR_GROIN)
					.severity(6).began(Onset.NO_CLEAR_TRIGGER).course(Course.WORSENING).context(ContextFactor.BLOOD_THINNERS).build()),
				Arguments.of("BLOOD_THINNERS_WITH_BLEEDING_SIGNS", URGENT, TestAnswers.at(Location.FRONT_OF_HIP_OR_GROIN, Location.FRONT_OF_THIGH)
					.severity(5).symptoms(Symptom.NUMBNESS).context(ContextFactor.BLOOD_THINNERS).build()),
				Arguments.of("INFECTION_RISK_WITH_PROGRESSIVE_WEAKNESS", EMERGENCY, TestAnswers.at(Location.LOWER_BACK)
					.context(ContextFactor.INFECTION_RISK).redFlags(RedFlag.PROGRESSIVE_WEAKNESS).build()),
				Arguments.of("INFECTION_RISK_WITH_WORRYING_PAIN", URGENT, TestAnswers.at(Location.LOWER_BACK, Location.WHOLE_BUTTOCK)
					.severity(8).context(ContextFactor.INFECTION_RISK).build()),
				Arguments.of("INFECTION_RISK_WITH_WORRYING_PAIN", URGENT, TestAnswers.at(Location.LOWER_BACK)
					.severity(5).context(ContextFactor.INFECTION_RISK).redFlags(RedFlag.NIGHT_PAIN).build()),
				Arguments.of("POSSIBLE_FEMORAL_NECK_STRESS_FRACTURE", URGENT, TestAnswers.at(Location.FRONT_OF_HIP_OR_GROIN)
					.severity(5).began(Onset.GRADUAL).symptoms(Symptom.PAIN_ON_HOPPING).build()),
				Arguments.of("CANCER_WITH_NERVE_SYMPTOMS", URGENT, TestAnswers.at(Location.LOWER_BACK, Location.BELOW_KNEE)
					.symptoms(Symptom.WEAKNESS).redFlags(RedFlag.CANCER_OR_WEIGHT_LOSS).build()),
				Arguments.of("SUDDEN_SEVERE_PAIN_NOT_CHANGED_BY_MOVEMENT", URGENT, TestAnswers.at(Location.LOWER_BACK, Location.FRONT_OF_HIP_OR_GROIN)
					.age(AgeBand.AGE_40_49).severity(8).lasted(PainDuration.UNDER_A_DAY).began(Onset.NO_CLEAR_TRIGGER).build()),
				Arguments.of("NEW_NON_MECHANICAL_PAIN_AT_60_PLUS_WITH_VASCULAR_RISK", URGENT, TestAnswers.at(Location.LOWER_BACK, Location.WHOLE_BUTTOCK)
					.age(AgeBand.AGE_60_PLUS).severity(5).lasted(PainDuration.DAYS_1_3).began(Onset.NO_CLEAR_TRIGGER)
					.pattern(Pattern.CONSTANT).context(ContextFactor.SMOKER).build()),
				Arguments.of("BLOOD_THINNERS_WITH_PROGRESSIVE_WEAKNESS", EMERGENCY, TestAnswers.at(Location.LOWER_BACK)
					.severity(7).context(ContextFactor.BLOOD_THINNERS).redFlags(RedFlag.PROGRESSIVE_WEAKNESS).build()),
				Arguments.of("FRAGILITY_FRACTURE_RISK", URGENT, TestAnswers.at(Location.SACRAL_DIMPLE, Location.WHOLE_BUTTOCK)
					.age(AgeBand.AGE_60_PLUS).severity(7).lasted(PainDuration.DAYS_1_3).began(Onset.NO_CLEAR_TRIGGER)
					.worseWith(Aggravator.WALKING).context(ContextFactor.OSTEOPOROSIS_OR_STEROIDS).build()),
				Arguments.of("HIP_PAIN_AFTER_A_FALL_AT_60_PLUS", URGENT, TestAnswers.at(Location.FRONT_OF_HIP_OR_GROIN)
					.age(AgeBand.AGE_60_PLUS).severity(4).began(Onset.AFTER_INJURY).worseWith(Aggravator.WALKING).build()),
				Arguments.of("NEW_NON_MECHANICAL_PAIN_AT_60_PLUS", SOON, TestAnswers.at(Location.LOWER_BACK)
					.age(AgeBand.AGE_60_PLUS).severity(4).lasted(PainDuration.WEEKS_1_6).began(Onset.NO_CLEAR_TRIGGER)
					.pattern(Pattern.CONSTANT).course(Course.IMPROVING).build()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rulesBeyondTheContract")
	void aRuleBeyondTheContractFiresForItsCase(String code, TriageLevel level, Answers answers) {
		Triage result = assess(answers);
		assertThat(result.reasons()).filteredOn(reason -> reason.code().equals(code)).singleElement()
			.satisfies(reason -> assertThat(reason.level()).isEqualTo(level));
		assertThat(result.level()).isGreaterThanOrEqualTo(level);
	}

	@Test
	void aPainThatChangesWithMovementIsNotTakenForAnOrgan() {
		Answers acuteBack = TestAnswers.at(Location.LOWER_BACK).severity(8).lasted(PainDuration.UNDER_A_DAY)
			.began(Onset.NO_CLEAR_TRIGGER).worseWith(Aggravator.BENDING_COUGH_SNEEZE).build();
		assertThat(codes(acuteBack)).doesNotContain("SUDDEN_SEVERE_PAIN_NOT_CHANGED_BY_MOVEMENT");
	}

	@Test
	void aBriefCrampHoweverSharpIsNotPainOutOfProportion() {
		Answers cramp = TestAnswers.at(Location.WHOLE_BUTTOCK).severity(9).began(Onset.DURING_EXERCISE)
			.pattern(Pattern.BRIEF_SPASMS).feels(Quality.CRAMPING).build();
		assertThat(codes(cramp)).doesNotContain("PAIN_OUT_OF_PROPORTION_AFTER_EXERCISE");
		assertThat(assess(cramp).level()).isEqualTo(SOON);
	}

	@Test
	void aCauseOutsideTheTenRaisesTriageOnlyFromAModerateMatch() {
		Answers rash = TestAnswers.at(Location.WHOLE_BUTTOCK).side(Side.LEFT).feels(Quality.BURNING).severity(4)
			.symptoms(Symptom.RASH).build();
		assertThat(scorer.considerAlso(rash)).first().satisfies(shingles -> {
			assertThat(shingles.definition().id()).isEqualTo("SHINGLES");
			assertThat(shingles.match()).isNotEqualTo(Match.WEAK);
		});
		assertThat(codes(rash)).contains("SHINGLES", "RASH");
		Answers faint = TestAnswers.at(Location.WHOLE_BUTTOCK).side(Side.LEFT).feels(Quality.BURNING).severity(4).build();
		assertThat(codes(faint)).doesNotContain("SHINGLES");
	}

	private Triage assess(Answers answers) {
		return triage.triage(answers, scorer.rank(answers), scorer.considerAlso(answers));
	}

	private List<String> codes(Answers answers) {
		return assess(answers).reasons().stream().map(TriageReason::code).toList();
	}

}
