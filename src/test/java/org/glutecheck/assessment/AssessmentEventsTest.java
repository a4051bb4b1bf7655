package org.glutecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.glutecheck.MutableClock;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.rulebook.TriageLevel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The assessment module with what it needs (the rulebook and triage), and no module that listens
 * (Spring Modulith's module test): every saved assessment, finished or stopped at an emergency, is
 * announced as one {@link AssessmentSaved} with its reference, time and level.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:glutecheck-assessment-module;DB_CLOSE_DELAY=-1")
class AssessmentEventsTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	/** The one clock the application shares; the system module's, so not here. */
	@TestConfiguration
	static class Clocks {

		@Bean
		Clock clock() {
			return new MutableClock(NOW);
		}

	}

	private final AssessmentService assessments;

	AssessmentEventsTest(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@Test
	void savingAnAssessmentPublishesAssessmentSaved(Scenario scenario) {
		scenario.stimulate(() -> assessments.assess(AssessmentStorageTests.tendinopathy()))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForEventOfType(AssessmentSaved.class)
			.toArriveAndVerify((event, made) -> assertThat(event)
				.isEqualTo(new AssessmentSaved(made.reference(), NOW, made.triage().level())));
	}

	@Test
	void anEmergencyStoppedAtTheWarningSignsPublishesItToo(Scenario scenario) {
		scenario.stimulate(() -> assessments.assessUnfinished(TestAnswers.at().redFlags(RedFlag.SADDLE_NUMBNESS).build()))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForEventOfType(AssessmentSaved.class)
			.matching(event -> event.level() == TriageLevel.EMERGENCY)
			.toArriveAndVerify((event, made) -> assertThat(event.reference()).isEqualTo(made.reference()));
	}

	@Test
	void eachSaveIsOneEventWithTheLevelItWasGiven(AssertablePublishedEvents events) {
		Assessment selfCare = assessments.assess(AssessmentStorageTests.soreAfterWorkout());
		Assessment emergency = assessments.assess(AssessmentStorageTests.emergency());

		assertThat(events.ofType(AssessmentSaved.class)).containsExactly(
				new AssessmentSaved(selfCare.reference(), NOW, selfCare.triage().level()),
				new AssessmentSaved(emergency.reference(), NOW, TriageLevel.EMERGENCY));
	}

}
