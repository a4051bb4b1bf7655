package org.glutecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.glutecheck.MutableClock;
import org.glutecheck.answers.AgeBand;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.ContextFactor;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.Onset;
import org.glutecheck.answers.PainDuration;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.rulebook.TriageLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The whole storage path on a real database, through the application's own beans: the Flyway
 * migrations, assess and find, the desk's list, "seen" mark and alerts, and the retention job. Run on H2 by
 * {@link H2StorageTest} and on PostgreSQL by {@link PostgresStorageTest}.
 */
@SpringBootTest
@TestPropertySource(properties = "glutecheck.retention.cron=-")
abstract class AssessmentStorageTests {

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

	@TestBean
	Clock clock;

	@Autowired
	AssessmentService assessments;

	@Autowired
	AssessmentRetention retention;

	@Autowired
	AssessmentRepository repository;

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	static Clock clock() {
		return CLOCK;
	}

	@BeforeEach
	void startEmpty() {
		repository.deleteAll();
		CLOCK.set(Instant.parse("2026-11-22T10:00:00Z"));
	}

	@Test
	void everyMigrationIsApplied() {
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(flyway.info().applied()).extracting(MigrationInfo::getVersion)
			.extracting(Object::toString)
			.contains("1", "3", "7", "10");
	}

	@Test
	void anAssessmentIsFoundByItsReferenceAsItWasShown() {
		Assessment made = assessments.assess(tendinopathy());

		assertThat(assessments.find(made.reference())).contains(made);
		String typed = made.reference().toLowerCase(Locale.ROOT).replace("-", " ");
		assertThat(assessments.find(typed)).contains(made);
		assertThat(assessments.find("0000-0000-0000")).isEmpty();
		assertThat(assessments.find("not a reference")).isEmpty();
	}

	@Test
	void theDeskListsTheTimeRangeNewestFirstAndFiltersByLevel() {
		Instant start = CLOCK.instant();
		Assessment first = assessments.assess(tendinopathy());
		CLOCK.advance(Duration.ofMinutes(5));
		Assessment second = assessments.assess(emergency());
		CLOCK.advance(Duration.ofMinutes(5));
		Assessment third = assessments.assess(soreAfterWorkout());
		CLOCK.advance(Duration.ofHours(2));
		assessments.assess(tendinopathy());

		List<AssessmentSummary> hour = assessments.list(start, start.plus(Duration.ofHours(1)), Set.of(), 50);
		assertThat(hour).extracting(AssessmentSummary::reference)
			.containsExactly(third.reference(), second.reference(), first.reference());
		assertThat(hour.get(1).triageLevel()).isEqualTo(second.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
		assertThat(hour.get(1).leadingCondition()).isEqualTo(second.leadingCondition().map(ConditionResult::id).orElse(null));
		assertThat(hour.get(1).createdAt()).isEqualTo(second.createdAt());
		assertThat(hour.get(1).rulebookVersion()).isEqualTo(second.rulebookVersion());

		assertThat(assessments.list(start, start.plus(Duration.ofHours(1)), Set.of(TriageLevel.EMERGENCY), 50))
			.extracting(AssessmentSummary::reference)
			.containsExactly(second.reference());
		assertThat(assessments.list(start, start.plus(Duration.ofDays(1)), Set.of(), 2)).hasSize(2);
	}

	@Test
	void clinicStaffMarkAnAssessmentSeenOnce() {
		Assessment made = assessments.assess(tendinopathy());
		CLOCK.advance(Duration.ofMinutes(30));
		Instant firstLook = CLOCK.instant();

		assertThat(assessments.markSeen(made.reference().toLowerCase(Locale.ROOT))).isTrue();
		CLOCK.advance(Duration.ofMinutes(30));
		assertThat(assessments.markSeen(made.reference())).isTrue();
		assertThat(assessments.markSeen("0000-0000-0000")).isFalse();
		assertThat(assessments.markSeen("nonsense")).isFalse();

		assertThat(assessments.list(made.createdAt(), CLOCK.instant(), Set.of(), 10))
			.extracting(AssessmentSummary::seenAt)
			.containsExactly(firstLook);
		assertThat(assessments.find(made.reference())).contains(made);
	}

	@Test
	void theRetentionJobDeletesExactlyWhatIsOlderThanThePeriod() {
		Instant start = CLOCK.instant();
		Assessment oldest = assessments.assess(emergency());
		CLOCK.advance(Duration.ofDays(1));
		Assessment older = assessments.assess(tendinopathy());
		CLOCK.advance(Duration.ofSeconds(1));
		Assessment atTheLimit = assessments.assess(soreAfterWorkout());
		CLOCK.advance(Duration.ofDays(10));
		Assessment recent = assessments.assess(tendinopathy());

		// 30 days after atTheLimit was made: it is exactly as old as the period, so it stays.
		CLOCK.set(atTheLimit.createdAt().plus(Duration.ofDays(30)));
		assertThat(retention.deleteExpired()).isEqualTo(2);

		assertThat(assessments.find(oldest.reference())).isEmpty();
		assertThat(assessments.find(older.reference())).isEmpty();
		assertThat(assessments.find(atTheLimit.reference())).contains(atTheLimit);
		assertThat(assessments.find(recent.reference())).contains(recent);
		assertThat(assessments.list(start, CLOCK.instant(), Set.of(), 10)).hasSize(2);

		CLOCK.advance(Duration.ofSeconds(1));
		assertThat(retention.deleteExpired()).isEqualTo(1);
		assertThat(assessments.find(atTheLimit.reference())).isEmpty();
	}

	@Test
	void anEmergencyAtTheWarningSignsIsSavedWithTheAnswersSoFarAndNoCauses() {
		Answers signsOnly = TestAnswers.at().redFlags(RedFlag.SADDLE_NUMBNESS).build();
		Assessment stopped = assessments.assessUnfinished(signsOnly);

		assertThat(stopped.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
		assertThat(stopped.triage().reasons()).isNotEmpty();
		assertThat(stopped.conditions()).isEmpty();
		assertThat(stopped.answers().locations()).as("no place made up").isEmpty();
		assertThat(assessments.find(stopped.reference())).contains(stopped);
		assertThat(assessments.list(CLOCK.instant(), CLOCK.instant().plusSeconds(1), Set.of(TriageLevel.EMERGENCY), 10))
			.extracting(AssessmentSummary::reference)
			.containsExactly(stopped.reference());
	}

	@Test
	void aNewVersionSupersedesTheEarlierOnesAndEachLeadsToTheOther() {
		Assessment first = assessments.assess(soreAfterWorkout());
		CLOCK.advance(Duration.ofMinutes(1));
		Assessment second = assessments.assess(tendinopathy());
		assessments.supersede(first.reference(), second.reference());
		CLOCK.advance(Duration.ofMinutes(1));
		Assessment third = assessments.assess(emergency());
		assessments.supersede(second.reference(), third.reference());

		assertThat(assessments.newestVersion(first.reference())).contains(third.reference());
		assertThat(assessments.newestVersion(third.reference())).isEmpty();
		assertThat(assessments.history(third.reference())).extracting(AssessmentSummary::reference)
			.containsExactly(second.reference(), first.reference());
		assertThat(assessments.summary(second.reference())).get()
			.satisfies(s -> assertThat(s.supersedes()).isEqualTo(first.reference()))
			.satisfies(s -> assertThat(s.superseded()).isTrue());
		assertThat(assessments.find(first.reference())).as("the document is untouched").contains(first);
	}

	@Test
	void anEmergencysDeskAlertGoesWithItWhenItsOwnerOrRetentionDeletesIt() {
		Assessment byOwner = assessments.assess(emergency());
		Assessment byRetention = assessments.assess(emergency());
		// Raised by the desk's listener just after each save commits.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> deskAlerts(byOwner.reference()) == 1 && deskAlerts(byRetention.reference()) == 1);

		assertThat(assessments.delete(byOwner.reference())).isTrue();
		assertThat(deskAlerts(byOwner.reference())).isZero();

		CLOCK.advance(Duration.ofDays(31));
		assertThat(retention.deleteExpired()).isEqualTo(1);
		assertThat(deskAlerts(byRetention.reference())).isZero();
	}

	/** The desk's alerts of an assessment: its own table, which the database empties with the assessment (V10). */
	private long deskAlerts(String reference) {
		return jdbc.sql("select count(*) from desk_alert where reference = ?").param(reference).query(Long.class).single();
	}

	static Answers tendinopathy() {
		return TestAnswers.at(Location.OUTER_HIP)
			.age(AgeBand.AGE_40_59)
			.lasted(PainDuration.WEEKS_1_6)
			.began(Onset.GRADUAL)
			.build();
	}

	static Answers emergency() {
		return TestAnswers.at(Location.BACK_OF_THIGH, Location.BELOW_KNEE).redFlags(RedFlag.COLD_PALE_LEG).build();
	}

	static Answers soreAfterWorkout() {
		return TestAnswers.at(Location.WHOLE_BUTTOCK)
			.lasted(PainDuration.DAYS_1_3)
			.began(Onset.AFTER_WORKOUT)
			.context(ContextFactor.NEW_OR_HARDER_WORKOUT)
			.build();
	}

}
