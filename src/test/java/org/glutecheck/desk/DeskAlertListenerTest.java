package org.glutecheck.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.glutecheck.assessment.AssessmentSaved;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.AssessmentSummary;
import org.glutecheck.assessment.FollowUpAdded;
import org.glutecheck.rulebook.ConditionScorer;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.RulebookReleases;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.system.ClinicTimeZone;
import org.glutecheck.triage.TriageService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desk module on its own (Spring Modulith's module test: the desk's beans, the services of the
 * modules it uses stood in for by mocks), hearing the assessment module's events as that module
 * publishes them: an emergency or urgent assessment raises an alert, a check-in that raised the
 * level to one of those raises one again, and nothing else does. Each scenario waits for the
 * listener (asynchronous, in a transaction of its own) to finish with the event, then looks at the
 * desk's alerts. The assessment module's beans come too, for its schema only: an alert belongs to a
 * row of its table, whose migration V7 is one of its beans.
 */
@ApplicationModuleTest(extraIncludes = "assessment")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:glutecheck-desk-module;DB_CLOSE_DELAY=-1")
class DeskAlertListenerTest {

	private static final Instant NINE_AM = Instant.parse("2026-11-23T09:00:00Z");

	private static final Instant DAY_START = Instant.parse("2026-11-23T00:00:00Z");

	/** Far longer than the listener takes, for a machine busy with other builds. */
	private static final Duration WAIT = Duration.ofSeconds(30);

	/** The one clock the application shares; the system module's, so not here. */
	@TestConfiguration
	static class Clocks {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

	@MockitoBean
	private AssessmentService assessments;

	@MockitoBean
	private Rulebook rulebook;

	@MockitoBean
	private ConditionScorer scorer;

	@MockitoBean
	private TriageService triage;

	@MockitoBean
	private RulebookReleases releases;

	@MockitoBean
	private ClinicTimeZone clinic;

	private final DeskAlerts alerts;

	private final JdbcClient jdbc;

	private final EventPublicationRegistry registry;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private int made;

	DeskAlertListenerTest(DeskAlerts alerts, JdbcClient jdbc, EventPublicationRegistry registry,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.alerts = alerts;
		this.jdbc = jdbc;
		this.registry = registry;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	@BeforeEach
	void noAssessments() {
		// Alerts go with their assessment: deleting the rows deletes their alerts too.
		jdbc.sql("delete from assessment").update();
	}

	@ParameterizedTest
	@EnumSource(names = { "EMERGENCY", "URGENT" })
	void anEmergencyOrUrgentAssessmentSavedRaisesAnAlert(TriageLevel level, Scenario scenario) {
		String reference = saved(level, null);

		scenario.publish(new AssessmentSaved(reference, NINE_AM, level))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(this::unseenToday, alerts -> !alerts.isEmpty())
			.andVerify(alerts -> assertThat(alerts)
				.containsExactly(new DeskAlerts.Unseen(reference, level, NINE_AM, DeskAlerts.Reason.SAVED)));
	}

	@ParameterizedTest
	@EnumSource(names = { "SOON", "SELF_CARE" })
	void anAssessmentBelowUrgentRaisesNone(TriageLevel level, Scenario scenario) {
		String reference = saved(level, null);

		scenario.publish(new AssessmentSaved(reference, NINE_AM, level))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(this::handled)
			.andVerify(done -> assertThat(unseenToday()).isEmpty());
	}

	/**
	 * The listeners' conditions keep the registry to events that can alert: one that cannot is not
	 * written in the publishing transaction (each would cost a write and a delete of its own).
	 */
	@Test
	void onlyEventsThatCanAlertAreKeptForTheDesk(Scenario scenario) {
		String soon = saved(TriageLevel.SOON, null);
		String urgent = saved(TriageLevel.URGENT, null);
		Instant later = NINE_AM.plus(Duration.ofHours(2));

		scenario.stimulate(() -> transaction.executeWithoutResult(status -> {
			events.publishEvent(new AssessmentSaved(soon, NINE_AM, TriageLevel.SOON));
			events.publishEvent(new FollowUpAdded(soon, later, TriageLevel.SOON, TriageLevel.SOON));
			events.publishEvent(new FollowUpAdded(soon, later, TriageLevel.SELF_CARE, TriageLevel.SOON));
			events.publishEvent(new FollowUpAdded(urgent, later, TriageLevel.URGENT, TriageLevel.URGENT));
			assertThat(keptPublications()).isZero();
			events.publishEvent(new AssessmentSaved(urgent, NINE_AM, TriageLevel.URGENT));
			events.publishEvent(new FollowUpAdded(soon, later, TriageLevel.SOON, TriageLevel.EMERGENCY));
			assertThat(keptPublications()).isEqualTo(2);
		}))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(this::unseenToday, alerts -> alerts.size() == 2)
			.andVerify(alerts -> assertThat(alerts).extracting(DeskAlerts.Unseen::reference)
				.containsExactlyInAnyOrder(urgent, soon));
	}

	@Test
	void anEmergencyMarkedSeenBeforeItsEventWasHandledRaisesNone(Scenario scenario) {
		String reference = saved(TriageLevel.EMERGENCY, NINE_AM.plusSeconds(30));

		scenario.publish(new AssessmentSaved(reference, NINE_AM, TriageLevel.EMERGENCY))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(this::handled)
			.andVerify(done -> assertThat(unseenToday()).isEmpty());
	}

	@Test
	void anEmergencyDeletedBeforeItsEventWasHandledRaisesNone(Scenario scenario) {
		String reference = "GONE-0000-0000";
		given(assessments.summary(reference)).willReturn(Optional.empty());

		scenario.publish(new AssessmentSaved(reference, NINE_AM, TriageLevel.EMERGENCY))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(this::handled)
			.andVerify(done -> assertThat(unseenToday()).isEmpty());
	}

	@ParameterizedTest
	@EnumSource(names = { "EMERGENCY", "URGENT" })
	void aCheckInThatRaisedTheLevelToUrgentOrEmergencyRaisesAnAlertAlsoWhenItWasSeen(TriageLevel level,
			Scenario scenario) {
		String reference = saved(TriageLevel.SOON, NINE_AM.plusSeconds(60));
		Instant checkIn = NINE_AM.plus(Duration.ofHours(2)).plusNanos(123_456_789);

		scenario.publish(new FollowUpAdded(reference, checkIn, TriageLevel.SOON, level))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(this::unseenToday, alerts -> !alerts.isEmpty())
			.andVerify(alerts -> assertThat(alerts).containsExactly(new DeskAlerts.Unseen(reference, level,
					Instant.parse("2026-11-23T11:00:00.123456Z"), DeskAlerts.Reason.CHECK_IN)));
	}

	@Test
	void aCheckInThatLeftTheLevelWhereItWasRaisesNone(Scenario scenario) {
		String reference = saved(TriageLevel.EMERGENCY, NINE_AM.plusSeconds(60));

		scenario.publish(new FollowUpAdded(reference, NINE_AM.plus(Duration.ofHours(2)), TriageLevel.EMERGENCY,
				TriageLevel.EMERGENCY))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(this::handled)
			.andVerify(done -> assertThat(unseenToday()).isEmpty());
	}

	@Test
	void aCheckInThatRaisedTheLevelBelowUrgentRaisesNone(Scenario scenario) {
		String reference = saved(TriageLevel.SELF_CARE, null);

		scenario.publish(new FollowUpAdded(reference, NINE_AM.plus(Duration.ofHours(2)), TriageLevel.SELF_CARE,
				TriageLevel.SOON))
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(this::handled)
			.andVerify(done -> assertThat(unseenToday()).isEmpty());
	}

	@Test
	void theSameEventHandledTwiceRaisesOneAlert(Scenario scenario) {
		String reference = saved(TriageLevel.URGENT, null);
		AssessmentSaved event = new AssessmentSaved(reference, NINE_AM, TriageLevel.URGENT);

		scenario.publish(event).andWaitAtMost(WAIT).andWaitForStateChange(this::handled).andVerify(done -> {
		});
		scenario.publish(event)
			.andWaitAtMost(WAIT)
			.andWaitForStateChange(this::handled)
			.andVerify(done -> assertThat(unseenToday()).hasSize(1));
	}

	@Test
	void markingTheAssessmentSeenClearsEveryAlertOfIt(Scenario scenario) {
		String reference = saved(TriageLevel.URGENT, null);
		String other = saved(TriageLevel.EMERGENCY, null);

		scenario.stimulate(() -> {
			events.publishEvent(new AssessmentSaved(reference, NINE_AM, TriageLevel.URGENT));
			events.publishEvent(new FollowUpAdded(reference, NINE_AM.plusSeconds(600), TriageLevel.URGENT,
					TriageLevel.EMERGENCY));
			events.publishEvent(new AssessmentSaved(other, NINE_AM.plusSeconds(60), TriageLevel.EMERGENCY));
		}).andWaitAtMost(WAIT).andWaitForStateChange(this::unseenToday, alerts -> alerts.size() == 3).andVerify(alerts -> {
			assertThat(alerts).extracting(DeskAlerts.Unseen::reference).containsExactly(reference, other, reference);
			assertThat(this.alerts.alerting(reference)).isTrue();
		});

		assertThat(alerts.markSeen(reference, NINE_AM.plusSeconds(900))).isEqualTo(2);
		assertThat(unseenToday()).extracting(DeskAlerts.Unseen::reference).containsExactly(other);
		assertThat(alerts.alerting(reference)).isFalse();
	}

	/** An assessment row (its alerts need one) and what the assessment module says of it. */
	private String saved(TriageLevel level, Instant seenAt) {
		String reference = "D%03d-ALRT-TEST".formatted(++made);
		jdbc.sql("insert into assessment (reference, created_at, triage_level, rulebook_version, answers, outcome) "
				+ "values (?, ?, ?, 'test', '{}', '{}')")
			.params(reference, NINE_AM.atOffset(ZoneOffset.UTC), level.name())
			.update();
		given(assessments.summary(reference))
			.willReturn(Optional.of(new AssessmentSummary(reference, NINE_AM, level, null, "test", seenAt)));
		return reference;
	}

	private List<DeskAlerts.Unseen> unseenToday() {
		return alerts.unseen(DAY_START, DAY_START.plus(Duration.ofDays(1)), 50);
	}

	private long keptPublications() {
		return jdbc.sql("select count(*) from event_publication").query(Long.class).single();
	}

	/** Whether every event published so far has been handled: the registry keeps none. */
	private boolean handled() {
		return registry.findIncompletePublications().isEmpty();
	}

}
