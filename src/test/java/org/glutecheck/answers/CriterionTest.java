package org.glutecheck.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CriterionTest {

	private final Answers outerHipWorseOnStairs = TestAnswers.at(Location.OUTER_HIP)
		.worseWith(Aggravator.STAIRS, Aggravator.LYING_ON_SIDE)
		.severity(6)
		.build();

	@Test
	void anyOfMatchesWhenOneCodeWasReported() {
		assertThat(anyOf(AnswerField.AGGRAVATORS, Aggravator.STAIRS, Aggravator.WALKING).matches(outerHipWorseOnStairs))
			.isTrue();
		assertThat(anyOf(AnswerField.AGGRAVATORS, Aggravator.WALKING).matches(outerHipWorseOnStairs)).isFalse();
	}

	@Test
	void allOfNeedsEveryCode() {
		assertThat(new Criterion.AllOf(AnswerField.AGGRAVATORS, Set.of(Aggravator.STAIRS, Aggravator.LYING_ON_SIDE))
			.matches(outerHipWorseOnStairs)).isTrue();
		assertThat(new Criterion.AllOf(AnswerField.AGGRAVATORS, Set.of(Aggravator.STAIRS, Aggravator.WALKING))
			.matches(outerHipWorseOnStairs)).isFalse();
	}

	@Test
	void noneOfNeedsTheFieldReportedWithoutTheCodes() {
		Criterion notBelowKnee = new Criterion.NoneOf(AnswerField.LOCATIONS, Set.of(Location.BELOW_KNEE));
		assertThat(notBelowKnee.matches(outerHipWorseOnStairs)).isTrue();
		assertThat(notBelowKnee.matches(TestAnswers.at(Location.BELOW_KNEE).build())).isFalse();
	}

	@Test
	void silenceIsNeverEvidence() {
		Answers silent = TestAnswers.at(Location.OUTER_HIP).build();
		assertThat(new Criterion.NoneOf(AnswerField.SYMPTOMS, Set.of(Symptom.NUMBNESS)).matches(silent)).isFalse();
		assertThat(anyOf(AnswerField.DURATION, PainDuration.DAYS_1_3).matches(silent)).isFalse();
		assertThat(new Criterion.AtLeast(AnswerField.SEVERITY, 0).matches(silent)).isFalse();
		assertThat(new Criterion.AtMost(AnswerField.SEVERITY, 10).matches(silent)).isFalse();
	}

	@Test
	void severityBoundsAreInclusive() {
		assertThat(new Criterion.AtLeast(AnswerField.SEVERITY, 6).matches(outerHipWorseOnStairs)).isTrue();
		assertThat(new Criterion.AtLeast(AnswerField.SEVERITY, 7).matches(outerHipWorseOnStairs)).isFalse();
		assertThat(new Criterion.AtMost(AnswerField.SEVERITY, 6).matches(outerHipWorseOnStairs)).isTrue();
	}

	@Test
	void criteriaNeedEveryTestAndEmptyCriteriaMatchNothing() {
		Criteria both = new Criteria(List.of(anyOf(AnswerField.LOCATIONS, Location.OUTER_HIP),
				anyOf(AnswerField.AGGRAVATORS, Aggravator.STAIRS)));
		Criteria oneFails = new Criteria(List.of(anyOf(AnswerField.LOCATIONS, Location.OUTER_HIP),
				anyOf(AnswerField.AGGRAVATORS, Aggravator.WALKING)));
		assertThat(both.matches(outerHipWorseOnStairs)).isTrue();
		assertThat(oneFails.matches(outerHipWorseOnStairs)).isFalse();
		assertThat(Criteria.NEVER.matches(outerHipWorseOnStairs)).isFalse();
	}

	@Test
	void everyContractFieldIsReadable() {
		assertThat(AnswerField.byContractName("redFlags")).contains(AnswerField.RED_FLAGS);
		assertThat(AnswerField.byContractName("duration")).contains(AnswerField.DURATION);
		assertThat(AnswerField.byContractName("nonsense")).isEmpty();
		assertThat(AnswerField.LOCATIONS.code("BELOW_KNEE")).contains(Location.BELOW_KNEE);
		assertThat(AnswerField.LOCATIONS.code("BELOW_KNEES")).isEmpty();
		assertThat(AnswerField.SEVERITY.isNumeric()).isTrue();
	}

	@Test
	void answersDropRepeatedCodesAndNeverHoldNullLists() {
		Answers answers = new Answers(null, null, null, List.of(Location.OUTER_HIP, Location.OUTER_HIP), null, null,
				null, null, null, null, null, null, null, null, null);
		assertThat(answers.locations()).containsExactly(Location.OUTER_HIP);
		assertThat(answers.redFlags()).isEmpty();
	}

	private static Criterion anyOf(AnswerField field, Enum<?>... codes) {
		return new Criterion.AnyOf(field, Set.of(codes));
	}

}
