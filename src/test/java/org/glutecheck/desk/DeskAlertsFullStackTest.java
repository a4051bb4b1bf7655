package org.glutecheck.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.glutecheck.MutableClock;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.FollowUpAdded;
import org.glutecheck.rulebook.TriageLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desk's alerts over the whole application: assessments saved through the service, check-ins
 * announced as the assessment module announces them, and staff at the desk. The alert comes from
 * a listener that runs just after the save commits, so each test waits for it (Awaitility, never a
 * fixed sleep). Events are kept only until handled: none is left behind.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:glutecheck-alerts;DB_CLOSE_DELAY=-1",
		"glutecheck.desk.time-zone=UTC", "glutecheck.retention.cron=-", "glutecheck.events.retry-every=1s" })
@AutoConfigureMockMvc
class DeskAlertsFullStackTest {

	private static final Instant NINE_AM = Instant.parse("2026-11-23T09:00:00Z");

	/** Far longer than the listener takes, for a machine busy with other builds. */
	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final RequestPostProcessor STAFF = user("alice").roles("STAFF");

	@TestConfiguration
	static class ClinicClock {

		@Bean
		@Primary
		MutableClock settableClock() {
			return new MutableClock(NINE_AM);
		}

	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AssessmentService assessments;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ApplicationEventPublisher events;

	@MockitoSpyBean
	private DeskAlerts alerts;

	@BeforeEach
	void nineAm() {
		clock.set(NINE_AM);
	}

	@Test
	void anEmergencySavedIsAnAlertUntilStaffMarkItSeen() throws Exception {
		String reference = assessments.assess(TestAnswers.at(Location.CENTER_BUTTOCK).redFlags(RedFlag.SADDLE_NUMBNESS).build())
			.reference();

		awaitAlert(reference);
		assertThat(page("/desk/updates")).contains("{\"reference\":\"" + reference
				+ "\",\"level\":\"EMERGENCY\",\"time\":\"09:00\",\"afterCheckIn\":false}");
		assertThat(page("/desk")).contains("data-alert=\"" + reference + "\"");
		awaitNoEventLeft();

		clock.set(NINE_AM.plus(Duration.ofMinutes(5)));
		markSeen(reference);
		assertThat(page("/desk/updates")).doesNotContain(reference);
		assertThat(jdbc.sql("select seen_at from desk_alert where reference = ?")
			.param(reference)
			.query(OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(NINE_AM.plus(Duration.ofMinutes(5)));
	}

	@Test
	void aCheckInThatRaisesAnAssessmentSeenBeforeAlertsTheDeskAgainUntilMarkedSeenAgain() throws Exception {
		Assessment urgent = assessments.assess(TestAnswers.at(Location.OUTER_HIP).redFlags(RedFlag.LEG_SWELLING).build());
		String reference = urgent.reference();
		assertThat(urgent.triage().level()).isEqualTo(TriageLevel.URGENT);
		awaitAlert(reference);
		clock.set(NINE_AM.plus(Duration.ofMinutes(30)));
		markSeen(reference);
		assertThat(page("/desk/assessments/" + reference)).doesNotContain("Mark as seen");

		// As the assessment module announces a check-in: in the transaction that records it.
		clock.set(NINE_AM.plus(Duration.ofHours(3)));
		transactions.executeWithoutResult(status -> events.publishEvent(new FollowUpAdded(reference, clock.instant(),
				TriageLevel.URGENT, TriageLevel.EMERGENCY)));

		awaitAlert(reference);
		assertThat(page("/desk")).contains("after a check-in", "at 12:00");
		assertThat(page("/desk/assessments/" + reference)).contains("A check-in raised its level again", "Mark as seen");
		markSeen(reference);
		assertThat(page("/desk/updates")).doesNotContain(reference);
		assertThat(page("/desk/assessments/" + reference)).doesNotContain("Mark as seen")
			.as("the first time it was seen is kept")
			.contains("23 November 2026, 09:30");
	}

	@Test
	void anAlertGoesWithItsAssessmentWhenItsOwnerDeletesIt() throws Exception {
		String reference = assessments.assessUnfinished(TestAnswers.at().redFlags(RedFlag.BLADDER_BOWEL_LOSS).build())
			.reference();
		awaitAlert(reference);

		assertThat(assessments.delete(reference)).isTrue();

		assertThat(alertRows(reference)).isZero();
		assertThat(page("/desk/updates")).doesNotContain(reference);
		assertThat(page("/desk")).doesNotContain(reference);
	}

	@Test
	void aSaveThatIsRolledBackRaisesNoAlertAndLeavesNoEvent() {
		String reference = transactions.execute(status -> {
			status.setRollbackOnly();
			return assessments.assess(TestAnswers.at(Location.CENTER_BUTTOCK).redFlags(RedFlag.SADDLE_NUMBNESS).build())
				.reference();
		});
		// Saved and committed after it, a second emergency's alert shows the listener has had its turn.
		String later = assessments.assess(TestAnswers.at(Location.CENTER_BUTTOCK).redFlags(RedFlag.SADDLE_NUMBNESS).build())
			.reference();

		awaitAlert(later);
		awaitNoEventLeft();
		assertThat(assessments.summary(reference)).isEmpty();
		assertThat(alertRows(reference)).isZero();
	}

	@Test
	void anAlertWhoseListenerFailedIsRaisedByTheRetryWithoutARestart() throws Exception {
		doThrow(new DataAccessResourceFailureException("the database was away for a moment")).doCallRealMethod()
			.when(alerts)
			.raise(any(), eq(TriageLevel.EMERGENCY), any(), eq(DeskAlerts.Reason.SAVED));
		try {
			String reference = assessments.assess(TestAnswers.at(Location.CENTER_BUTTOCK).redFlags(RedFlag.SADDLE_NUMBNESS).build())
				.reference();

			awaitAlert(reference);
			awaitNoEventLeft();
			assertThat(alertRows(reference)).isEqualTo(1);
		}
		finally {
			doCallRealMethod().when(alerts).raise(any(), any(), any(), any());
		}
	}

	private void awaitAlert(String reference) {
		await().atMost(WAIT).until(() -> page("/desk/updates").contains("\"reference\":\"" + reference + "\""));
	}

	/** Every event handled and its record deleted: nothing piles up, nothing holds a reference. */
	private void awaitNoEventLeft() {
		await().atMost(WAIT)
			.until(() -> jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0);
	}

	private long alertRows(String reference) {
		return jdbc.sql("select count(*) from desk_alert where reference = ?").param(reference).query(Long.class).single();
	}

	private void markSeen(String reference) throws Exception {
		mvc.perform(post("/desk/assessments/" + reference + "/seen").with(STAFF).with(csrf()))
			.andExpect(redirectedUrl("/desk/assessments/" + reference));
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(STAFF))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
