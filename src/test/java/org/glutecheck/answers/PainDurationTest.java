package org.glutecheck.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glutecheck.answers.PainDuration.DAYS_1_3;
import static org.glutecheck.answers.PainDuration.DAYS_4_7;
import static org.glutecheck.answers.PainDuration.OVER_6_WEEKS;
import static org.glutecheck.answers.PainDuration.UNDER_A_DAY;
import static org.glutecheck.answers.PainDuration.WEEKS_1_6;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PainDurationTest {

	@Test
	void theBandsMeetEndToEnd() {
		assertThat(PainDuration.of(Duration.ofHours(23))).isEqualTo(UNDER_A_DAY);
		assertThat(PainDuration.of(Duration.ofDays(1))).isEqualTo(UNDER_A_DAY);
		assertThat(PainDuration.of(Duration.ofDays(1).plusMinutes(1))).isEqualTo(DAYS_1_3);
		assertThat(PainDuration.of(Duration.ofDays(7))).isEqualTo(DAYS_4_7);
		assertThat(PainDuration.of(Duration.ofDays(7).plusSeconds(1))).as("over a week").isEqualTo(WEEKS_1_6);
		assertThat(PainDuration.of(Duration.ofDays(42))).isEqualTo(WEEKS_1_6);
		assertThat(PainDuration.of(Duration.ofDays(43))).isEqualTo(OVER_6_WEEKS);
	}

	@Test
	void rightAwayThePainIsInTheBandItWasReportedIn() {
		for (PainDuration band : PainDuration.values()) {
			assertThat(PainDuration.possibleAfter(band, Duration.ZERO)).containsExactly(band);
		}
	}

	@Test
	void laterItReachesEveryBandFromItsShortestToItsLongest() {
		assertThat(PainDuration.possibleAfter(DAYS_1_3, Duration.ofDays(8))).as("9 to 11 days").containsExactly(WEEKS_1_6);
		assertThat(PainDuration.possibleAfter(DAYS_1_3, Duration.ofDays(3))).as("4 to 6 days").containsExactly(DAYS_4_7);
		assertThat(PainDuration.possibleAfter(DAYS_1_3, Duration.ofDays(5))).as("6 to 8 days")
			.containsExactly(DAYS_4_7, WEEKS_1_6);
		assertThat(PainDuration.possibleAfter(DAYS_4_7, Duration.ofMinutes(1))).as("7 days may have been 7 days")
			.containsExactly(DAYS_4_7, WEEKS_1_6);
		assertThat(PainDuration.possibleAfter(UNDER_A_DAY, Duration.ofDays(2))).as("2 to 3 days").containsExactly(DAYS_1_3);
		assertThat(PainDuration.possibleAfter(WEEKS_1_6, Duration.ofDays(20))).as("27 to 62 days")
			.containsExactly(WEEKS_1_6, OVER_6_WEEKS);
		assertThat(PainDuration.possibleAfter(OVER_6_WEEKS, Duration.ofDays(20))).containsExactly(OVER_6_WEEKS);
	}

	@Test
	void aClockThatRunsBackTakesNoTimeAway() {
		assertThat(PainDuration.possibleAfter(DAYS_4_7, Duration.ofMinutes(-5))).containsExactly(DAYS_4_7);
	}

	@Test
	void aDurationNeverReportedStaysUnreportedAndMayBeAnyBandFromTheTimeSince() {
		assertThat(PainDuration.possibleAfter(null, Duration.ofMinutes(1))).startsWith((PainDuration) null)
			.containsAll(Arrays.asList(PainDuration.values()));
		assertThat(PainDuration.possibleAfter(null, Duration.ofDays(10))).containsExactly(null, WEEKS_1_6, OVER_6_WEEKS);
	}

}
