package org.glutecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.glutecheck.MutableClock;
import org.glutecheck.answers.AgeBand;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.ContextFactor;
import org.glutecheck.answers.Course;
import org.glutecheck.answers.FollowUpAnswers;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.Onset;
import org.glutecheck.answers.PainDuration;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.Symptom;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.TriageReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The whole storage path on a real database, through the application's own beans: the Flyway
 * migrations, assess and find, check-ins, the desk's list, "seen" mark and alerts, and the retention job. Run on H2 by
 * {@link H2StorageTest} and on PostgreSQL by {@link PostgresStorageTest}.
 */
@SpringBootTest
@TestPropertySource(properties = "glutecheck.retention.cron=-")
@RecordApplicationEvents
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
	FollowUpRepository followUps;

	@Autowired
	Flyway flyway;

	@Autowired
	ApplicationEvents events;

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
			.contains("1", "3", "7", "10", "11");
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
		assertThat(assessments.findVersioned(first.reference()))
			.contains(new VersionedAssessment(first, null, third.reference()));
		assertThat(assessments.findVersioned(second.reference().toLowerCase()))
			.as("read as typed, like find")
			.contains(new VersionedAssessment(second, first.reference(), third.reference()));
		assertThat(assessments.findVersioned(third.reference()))
			.contains(new VersionedAssessment(third, second.reference(), null));
		assertThat(assessments.findVersioned("AAAA-BBBB-CCCC")).isEmpty();
	}

	@Test
	void aCheckInIsSavedWithItsAssessmentAndDecidesTheTriageAgainWithTheTimeSince() {
		Assessment doms = assessments.assess(soreAfterWorkout());
		assertThat(doms.triage().level()).isEqualTo(TriageLevel.SELF_CARE);
		assertThat(doms.followUps()).isEmpty();
		CLOCK.advance(Duration.ofDays(8));

		Assessment checkedIn = assessments.addFollowUp(doms.reference().toLowerCase(Locale.ROOT),
				new FollowUpAnswers(Course.SAME, 4, List.of(), List.of(Symptom.STIFFNESS), true));

		assertThat(checkedIn.triage().level()).isEqualTo(TriageLevel.SOON);
		assertThat(checkedIn.triage().reasons()).extracting(TriageReason::code).containsExactly("DURATION_OVER_A_WEEK");
		assertThat(checkedIn.followUps()).singleElement().satisfies(followUp -> {
			assertThat(followUp.at()).isEqualTo(CLOCK.instant());
			assertThat(followUp.course()).isEqualTo(Course.SAME);
			assertThat(followUp.severity()).isEqualTo(4);
			assertThat(followUp.redFlags()).isEmpty();
			assertThat(followUp.symptoms()).containsExactly(Symptom.STIFFNESS);
			assertThat(followUp.triage()).isEqualTo(checkedIn.triage());
		});
		assertThat(checkedIn).as("the assessment as made, with its check-in")
			.usingRecursiveComparison()
			.ignoringFields("triage", "followUps")
			.isEqualTo(doms);
		assertThat(assessments.find(doms.reference())).contains(checkedIn);
		assertThat(assessments.summary(doms.reference())).get()
			.extracting(AssessmentSummary::triageLevel)
			.as("the desk lists the level as it is now")
			.isEqualTo(TriageLevel.SOON);
		assertThat(events.stream(FollowUpAdded.class))
			.containsExactly(new FollowUpAdded(doms.reference(), CLOCK.instant(), TriageLevel.SELF_CARE, TriageLevel.SOON));
	}

	@Test
	void aCheckInNeverLowersTheLevelNorTakesAnyReasonAway() {
		Assessment fever = assessments.assess(TestAnswers.at(Location.OUTER_HIP).lasted(PainDuration.DAYS_1_3)
			.severity(8).redFlags(RedFlag.FEVER).build());
		assertThat(fever.triage().level()).isEqualTo(TriageLevel.URGENT);
		CLOCK.advance(Duration.ofDays(8));

		Assessment better = assessments.addFollowUp(fever.reference(), new FollowUpAnswers(Course.IMPROVING, 1, List.of(),
				List.of(), true));

		assertThat(better.triage()).as("the triage before it stands, level and reasons").isEqualTo(fever.triage());
		assertThat(better.followUps()).singleElement().extracting(FollowUp::triage).isEqualTo(fever.triage());
		assertThat(assessments.summary(fever.reference())).get()
			.extracting(AssessmentSummary::triageLevel)
			.isEqualTo(TriageLevel.URGENT);
		assertThat(events.stream(FollowUpAdded.class)).singleElement()
			.satisfies(added -> assertThat(added.raised()).isFalse())
			.extracting(FollowUpAdded::level)
			.isEqualTo(TriageLevel.URGENT);
	}

	@Test
	void aWarningSignAtACheckInRaisesTheLevelAtOnceAndAnEmergencyTakesTheSelfCareOff() {
		Assessment doms = assessments.assess(soreAfterWorkout());
		assertThat(doms.conditions()).first().satisfies(cause -> assertThat(cause.selfCare()).isNotEmpty());
		CLOCK.advance(Duration.ofMinutes(1));

		Assessment urgent = assessments.addFollowUp(doms.reference(),
				new FollowUpAnswers(Course.IMPROVING, 3, List.of(RedFlag.LEG_SWELLING), List.of(), null));
		CLOCK.advance(Duration.ofMinutes(1));
		Assessment emergency = assessments.addFollowUp(doms.reference(),
				FollowUpAnswers.stoppedAt(List.of(RedFlag.DARK_URINE)));

		assertThat(urgent.triage().level()).isEqualTo(TriageLevel.URGENT);
		assertThat(emergency.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
		assertThat(emergency.triage().reasons()).extracting(TriageReason::code)
			.as("every warning sign so far, most urgent first")
			.startsWith("DARK_URINE")
			.contains("LEG_SWELLING");
		assertThat(emergency.followUps()).extracting(followUp -> followUp.triage().level())
			.containsExactly(TriageLevel.URGENT, TriageLevel.EMERGENCY);
		assertThat(emergency.followUps().get(1).course()).as("stopped at the warning signs").isNull();
		assertThat(emergency.conditions()).isNotEmpty().allSatisfy(cause -> {
			assertThat(cause.selfCare()).isEmpty();
			assertThat(cause.seeAClinicianIf()).isEmpty();
		});
		assertThat(assessments.find(doms.reference())).contains(emergency);
		assertThat(events.stream(FollowUpAdded.class)).extracting(FollowUpAdded::previousLevel, FollowUpAdded::level)
			.containsExactly(tuple(TriageLevel.SELF_CARE, TriageLevel.URGENT), tuple(TriageLevel.URGENT, TriageLevel.EMERGENCY));
	}

	@Test
	void theTriageAnAssessmentWasMadeWithIsKeptApartFromTheLevelItsCheckInsRaisedItTo() {
		Assessment doms = assessments.assess(soreAfterWorkout());
		assertThat(assessments.firstTriage(doms.reference(), null)).contains(doms.triage());
		CLOCK.advance(Duration.ofMinutes(1));

		Assessment urgent = assessments.addFollowUp(doms.reference(),
				new FollowUpAnswers(Course.WORSENING, 7, List.of(RedFlag.LEG_SWELLING), List.of(), null));

		assertThat(urgent.triage().level()).isEqualTo(TriageLevel.URGENT);
		assertThat(assessments.firstTriage(doms.reference().toLowerCase(Locale.ROOT), null))
			.as("the level it was made at, with its own reasons")
			.contains(doms.triage());
		assertThat(assessments.firstTriage("0000-0000-0000", null)).isEmpty();
	}

	@Test
	void theWarningSignsOfACheckInAreAnEmergencyWithEverythingReportedBefore() {
		Assessment fever = assessments.assess(TestAnswers.at(Location.CENTER_BUTTOCK).lasted(PainDuration.DAYS_1_3)
			.redFlags(RedFlag.FEVER).build());
		Assessment doms = assessments.assess(soreAfterWorkout());
		CLOCK.advance(Duration.ofHours(5));

		assertThat(assessments.isEmergencyAtCheckIn(fever.reference(), List.of(RedFlag.PROGRESSIVE_WEAKNESS)))
			.as("a fever then, worsening weakness now").isTrue();
		assertThat(assessments.isEmergencyAtCheckIn(doms.reference(), List.of(RedFlag.PROGRESSIVE_WEAKNESS))).isFalse();
		assertThat(assessments.isEmergencyAtCheckIn(doms.reference(), List.of(RedFlag.COLD_PALE_LEG))).isTrue();
		assertThat(assessments.isEmergencyAtCheckIn(doms.reference(), List.of())).isFalse();
		assertThat(assessments.find(fever.reference()).orElseThrow().followUps()).as("nothing saved").isEmpty();
		assertThatThrownBy(() -> assessments.isEmergencyAtCheckIn("0000-0000-0000", List.of(RedFlag.FEVER)))
			.isInstanceOf(UnknownAssessmentException.class);
	}

	@Test
	void anEmergencyStoppedAtTheWarningSignsTakesACheckInToo() {
		Assessment stopped = assessments.assessUnfinished(TestAnswers.at().redFlags(RedFlag.SADDLE_NUMBNESS).build());
		CLOCK.advance(Duration.ofHours(2));

		Assessment checkedIn = assessments.addFollowUp(stopped.reference(),
				new FollowUpAnswers(Course.IMPROVING, 2, List.of(), List.of(), true));

		assertThat(checkedIn.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
		assertThat(checkedIn.triage().reasons()).extracting(TriageReason::code).contains("SADDLE_NUMBNESS");
		assertThat(checkedIn.conditions()).isEmpty();
		assertThat(assessments.find(stopped.reference())).contains(checkedIn);
	}

	@Test
	void aCheckInReadsInTheLanguageOfWhoeverOpensIt() {
		Assessment doms = assessments.assess(soreAfterWorkout());
		CLOCK.advance(Duration.ofMinutes(5));
		Locale spanish = Locale.forLanguageTag("es");

		Assessment worse = assessments.addFollowUp(doms.reference(),
				new FollowUpAnswers(Course.WORSENING, 6, List.of(), List.of(), true), spanish);

		assertThat(worse.triage().reasons()).extracting(TriageReason::code).containsExactly("WORSE_SINCE_ASSESSED");
		assertThat(worse.triage().reasons().get(0).text()).startsWith("El dolor está peor");
		assertThat(assessments.find(doms.reference(), null).orElseThrow().followUps().get(0).triage().reasons().get(0).text())
			.startsWith("The pain is worse than when you first answered");
	}

	@Test
	void aCheckInIsRefusedOnAnUnknownAReplacedOrAFullAssessment() {
		assertThatThrownBy(() -> assessments.addFollowUp("0000-0000-0000", fine()))
			.isInstanceOf(UnknownAssessmentException.class);
		assertThatThrownBy(() -> assessments.addFollowUp("not a reference", fine()))
			.isInstanceOf(UnknownAssessmentException.class);

		Assessment first = assessments.assess(soreAfterWorkout());
		Assessment second = assessments.assess(tendinopathy());
		Assessment third = assessments.assess(tendinopathy());
		assessments.supersede(first.reference(), second.reference());
		assessments.supersede(second.reference(), third.reference());
		assertThatThrownBy(() -> assessments.addFollowUp(first.reference(), fine()))
			.isInstanceOfSatisfying(SupersededAssessmentException.class,
					replaced -> assertThat(replaced.newestReference()).isEqualTo(third.reference()));

		for (int i = 0; i < AssessmentService.MAX_FOLLOW_UPS; i++) {
			CLOCK.advance(Duration.ofHours(1));
			assessments.addFollowUp(third.reference(), fine());
		}
		assertThatThrownBy(() -> assessments.addFollowUp(third.reference(), fine()))
			.isInstanceOfSatisfying(TooManyFollowUpsException.class,
					full -> assertThat(full.limit()).isEqualTo(AssessmentService.MAX_FOLLOW_UPS));
		assertThat(assessments.find(third.reference()).orElseThrow().followUps()).hasSize(AssessmentService.MAX_FOLLOW_UPS);
		assertThatThrownBy(() -> assessments.addFollowUp(first.reference(), new FollowUpAnswers(Course.SAME, 3, List.of(),
				List.of(), null))).as("the warning signs not answered either way").isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void checkInsAreDeletedWithTheirAssessmentByItsOwnerOrByRetention() {
		Assessment deletedByItsOwner = assessments.assess(soreAfterWorkout());
		Assessment kept = assessments.assess(tendinopathy());
		CLOCK.advance(Duration.ofDays(1));
		assessments.addFollowUp(deletedByItsOwner.reference(), fine());
		assessments.addFollowUp(kept.reference(), fine());
		CLOCK.advance(Duration.ofDays(1));
		Assessment recent = assessments.assess(tendinopathy());
		assessments.addFollowUp(recent.reference(), fine());
		assertThat(followUps.count()).isEqualTo(3);

		assertThat(assessments.delete(deletedByItsOwner.reference())).isTrue();
		assertThat(followUps.count()).isEqualTo(2);

		CLOCK.set(kept.createdAt().plus(Duration.ofDays(30)).plusSeconds(1));
		assertThat(retention.deleteExpired()).isEqualTo(1);
		assertThat(followUps.count()).isEqualTo(1);
		assertThat(assessments.find(recent.reference()).orElseThrow().followUps()).hasSize(1);
	}

	@Test
	void checkInsMadeAtOnceAreEachSavedAndTheLevelIsTheHighestOfThem() throws Exception {
		Assessment doms = assessments.assess(soreAfterWorkout());
		CLOCK.advance(Duration.ofMinutes(1));
		List<FollowUpAnswers> together = List.of(fine(), fine(),
				new FollowUpAnswers(Course.SAME, 4, List.of(RedFlag.COLD_PALE_LEG), List.of(), null), fine(),
				new FollowUpAnswers(Course.WORSENING, 5, List.of(), List.of(), true), fine());
		ExecutorService threads = Executors.newFixedThreadPool(together.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Assessment>> made = new ArrayList<>();
			for (FollowUpAnswers checkIn : together) {
				made.add(threads.submit(() -> {
					start.await();
					return assessments.addFollowUp(doms.reference(), checkIn);
				}));
			}
			start.countDown();
			for (Future<Assessment> each : made) {
				each.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}

		Assessment read = assessments.find(doms.reference()).orElseThrow();
		assertThat(read.followUps()).hasSize(together.size());
		assertThat(read.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
		assertThat(read.followUps()).extracting(followUp -> followUp.triage().level()).isSorted();
		assertThat(assessments.summary(doms.reference())).get()
			.extracting(AssessmentSummary::triageLevel)
			.isEqualTo(TriageLevel.EMERGENCY);
	}

	/** A check-in with nothing new: as it was, no warning sign. */
	static FollowUpAnswers fine() {
		return new FollowUpAnswers(Course.SAME, 3, List.of(), List.of(), true);
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
