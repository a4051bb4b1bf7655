package org.glutecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glutecheck.rulebook.TriageLevel.EMERGENCY;
import static org.glutecheck.rulebook.TriageLevel.SELF_CARE;
import static org.glutecheck.rulebook.TriageLevel.SOON;
import static org.glutecheck.rulebook.TriageLevel.URGENT;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.glutecheck.answers.Aggravator;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.ContextFactor;
import org.glutecheck.answers.Course;
import org.glutecheck.answers.FollowUpAnswers;
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
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.RulebookLoader;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.ContractLeastLevels;
import org.glutecheck.triage.TestTriage;
import org.glutecheck.triage.TriageService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The triage decided again at a check-in, with the live rulebook: the answers as they are now, over
 * every duration the pain can have reached by then. The level after the check-in (never lower than
 * before it) is the service's, tested with the storage ({@link AssessmentStorageTests}).
 */
class FollowUpTriageTest {

	static final Rulebook RULEBOOK = RulebookLoader.load(new ClassPathResource("rulebook/rulebook.yml"));

	static final TriageService TRIAGE = TestTriage.of(RULEBOOK);

	static final FollowUpTriage FOLLOW_UP = new FollowUpTriage(RULEBOOK, new ConditionScorer(RULEBOOK), TRIAGE);

	private static final Duration A_MINUTE = Duration.ofMinutes(1);

	private static final Duration EIGHT_DAYS = Duration.ofDays(8);

	/** Muscle soreness two days after a new workout: self-care. */
	static Answers doms() {
		return TestAnswers.at(Location.WHOLE_BUTTOCK).side(Side.BOTH).feels(Quality.ACHING).severity(4)
			.lasted(PainDuration.DAYS_1_3).began(Onset.AFTER_WORKOUT).context(ContextFactor.NEW_OR_HARDER_WORKOUT)
			.betterWith(Reliever.GENTLE_MOVEMENT).build();
	}

	static FollowUpAnswers checkIn(Course course, int severity, RedFlag... redFlags) {
		return new FollowUpAnswers(course, severity, List.of(redFlags), List.of(), redFlags.length == 0 ? true : null);
	}

	@Test
	void theAssessmentsOwnTriageIsSelfCare() {
		Answers doms = doms();
		assertThat(TRIAGE.triage(doms, List.of()).level()).isEqualTo(SELF_CARE);
	}

	@Test
	void muscleSorenessNoBetterAfterEightDaysNeedsAnAppointment() {
		FollowUpDecision decision = FOLLOW_UP.decide(doms(), List.of(checkIn(Course.SAME, 4)), EIGHT_DAYS);

		assertThat(decision.level()).isEqualTo(SOON);
		assertThat(decision.reasons()).containsExactly("DURATION_OVER_A_WEEK");
	}

	@Test
	void muscleSorenessClearlyBetterAfterEightDaysIsStillSelfCare() {
		FollowUpDecision decision = FOLLOW_UP.decide(doms(), List.of(checkIn(Course.IMPROVING, 2)), EIGHT_DAYS);

		assertThat(decision.level()).isEqualTo(SELF_CARE);
		assertThat(decision.reasons()).isEmpty();
	}

	@Test
	void theSameAfterTwoDaysIsNotYetAWeek() {
		assertThat(FOLLOW_UP.decide(doms(), List.of(checkIn(Course.SAME, 4)), Duration.ofDays(2)).level())
			.as("1 to 3 days then, 3 to 5 now").isEqualTo(SELF_CARE);
		assertThat(FOLLOW_UP.decide(doms(), List.of(checkIn(Course.SAME, 4)), Duration.ofDays(4).plusMinutes(1)).reasons())
			.as("it may have lasted over a week: no later than it should").containsExactly("DURATION_OVER_A_WEEK");
	}

	@Test
	void worseThanWhenAssessedNeedsAnAppointmentEvenInTheFirstWeek() {
		assertThat(FOLLOW_UP.decide(doms(), List.of(checkIn(Course.WORSENING, 5)), A_MINUTE).reasons())
			.containsExactly("WORSE_SINCE_ASSESSED");
		FollowUpDecision afterAWeek = FOLLOW_UP.decide(doms(), List.of(checkIn(Course.WORSENING, 5)), EIGHT_DAYS);
		assertThat(afterAWeek.level()).isEqualTo(SOON);
		assertThat(afterAWeek.reasons()).containsExactlyInAnyOrder("WORSE_SINCE_ASSESSED", "WORSENING_AFTER_A_WEEK");
	}

	@Test
	void worseOnBloodThinnersIsADoctorToday() {
		Answers onThinners = TestAnswers.at(Location.OUTER_HIP).severity(4).lasted(PainDuration.DAYS_1_3)
			.began(Onset.GRADUAL).context(ContextFactor.BLOOD_THINNERS).build();

		FollowUpDecision decision = FOLLOW_UP.decide(onThinners, List.of(checkIn(Course.WORSENING, 5)), A_MINUTE);

		assertThat(decision.level()).isEqualTo(URGENT);
		assertThat(decision.reasons()).startsWith("BLOOD_THINNERS_WITH_BLEEDING_SIGNS");
	}

	@Test
	void theWorstPainIsTheWorstPainNow() {
		FollowUpDecision decision = FOLLOW_UP.decide(doms(), List.of(checkIn(Course.SAME, 9)), A_MINUTE);

		assertThat(decision.level()).isEqualTo(URGENT);
		assertThat(decision.reasons()).contains("PAIN_OUT_OF_PROPORTION_AFTER_EXERCISE", "SEVERE_PAIN");
	}

	static Stream<Arguments> warningSigns() {
		return Stream.of(RedFlag.values()).map(flag -> Arguments.of(flag, ContractLeastLevels.OF_WARNING_SIGNS.get(flag)));
	}

	@ParameterizedTest(name = "{0} the next minute reaches {1}")
	@MethodSource("warningSigns")
	void aNewWarningSignRaisesTheLevelAtOnceEvenWhenThePainIsBetter(RedFlag flag, TriageLevel least) {
		FollowUpDecision decision = FOLLOW_UP.decide(doms(), List.of(checkIn(Course.IMPROVING, 1, flag)), A_MINUTE);

		assertThat(decision.level()).isGreaterThanOrEqualTo(least);
		assertThat(decision.reasons()).contains(flag.name());
	}

	@Test
	void warningSignsAndSymptomsOfEveryCheckInCountTogether() {
		FollowUpAnswers fever = checkIn(Course.SAME, 4, RedFlag.FEVER);
		FollowUpAnswers numb = new FollowUpAnswers(Course.SAME, 4, List.of(), List.of(Symptom.NUMBNESS), true);

		FollowUpDecision decision = FOLLOW_UP.decide(doms(), List.of(fever, numb), Duration.ofDays(1));

		assertThat(decision.level()).isEqualTo(EMERGENCY);
		assertThat(decision.reasons()).first().isEqualTo("FEVER_WITH_NERVE_SIGNS");
	}

	@Test
	void aRuleThatALongPainSwitchesOffIsNotLostToTheEstimate() {
		Answers sciatica = TestAnswers.at(Location.BACK_OF_THIGH, Location.BELOW_KNEE).feels(Quality.SHARP).severity(5)
			.lasted(PainDuration.WEEKS_1_6).began(Onset.NO_CLEAR_TRIGGER).worseWith(Aggravator.BENDING_COUGH_SNEEZE)
			.build();
		FollowUpAnswers urgency = new FollowUpAnswers(Course.SAME, 5, List.of(), List.of(Symptom.BLADDER_URGENCY), true);

		// Reported as 1 to 6 weeks, 20 days ago: now 4 to 9 weeks. The longest alone would be over 6
		// weeks, where urgency belongs to the pelvic floor; it may be under 6 weeks, so it counts.
		FollowUpDecision decision = FOLLOW_UP.decide(sciatica, List.of(urgency), Duration.ofDays(20));

		assertThat(decision.level()).isEqualTo(URGENT);
		assertThat(decision.reasons()).contains("BLADDER_URGENCY_WITH_SCIATICA");
	}

	@Test
	void aDurationNeverReportedCountsFromTheTimeSince() {
		Answers noDuration = TestAnswers.at(Location.OUTER_HIP).severity(3).began(Onset.GRADUAL).build();

		assertThat(FOLLOW_UP.decide(noDuration, List.of(checkIn(Course.SAME, 3)), Duration.ofDays(10)).reasons())
			.as("it has certainly lasted over a week").contains("DURATION_OVER_A_WEEK");
		assertThat(FOLLOW_UP.decide(noDuration, List.of(checkIn(Course.IMPROVING, 3)), Duration.ofDays(10)).level())
			.isEqualTo(SELF_CARE);
	}

	@Test
	void aLeadingCauseThatNeedsConfirmationIsNamed() {
		Answers claudication = TestAnswers.at(Location.WHOLE_BUTTOCK).pattern(Pattern.WITH_WALKING)
			.betterWith(Reliever.STANDING_STILL).worseWith(Aggravator.WALKING).lasted(PainDuration.DAYS_4_7).build();

		FollowUpDecision decision = FOLLOW_UP.decide(claudication, List.of(checkIn(Course.IMPROVING, 3)), A_MINUTE);

		assertThat(decision.reasons()).contains(RULEBOOK.confirmationRule().code());
		assertThat(decision.leadingCondition()).isEqualTo("VASCULAR_CLAUDICATION");
	}

	@Test
	void anAssessmentStoppedAtAnEmergencyIsTriagedWithoutRankingCauses() {
		Answers stopped = TestAnswers.at().redFlags(RedFlag.SADDLE_NUMBNESS).build();

		FollowUpDecision decision = FOLLOW_UP.decide(stopped, List.of(FollowUpAnswers.stoppedAt(List.of(RedFlag.COLD_PALE_LEG))),
				Duration.ofHours(3));

		assertThat(decision.level()).isEqualTo(EMERGENCY);
		assertThat(decision.reasons()).contains("SADDLE_NUMBNESS", "COLD_PALE_LEG")
			.doesNotContain(RULEBOOK.confirmationRule().code());
		assertThat(decision.leadingCondition()).isNull();
	}

}
