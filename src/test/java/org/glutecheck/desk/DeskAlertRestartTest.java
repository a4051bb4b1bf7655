package org.glutecheck.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.glutecheck.GluteCheckApplication;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.assessment.AssessmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * No desk alert is lost to a listener that failed or to an instance that died between saving an
 * emergency and raising its alert: the event stays in the database, and an instance that starts
 * hands it over again. Here instance A saves two emergencies; the first one's listener fails, the
 * second one's is held in flight as by a crash. Neither is retried on A (its retry waits an hour).
 * Instance B then starts on the same database and raises both alerts; A's held listener, let go
 * afterwards, adds nothing: one alert each, and no event left behind.
 */
@SpringBootTest(properties = { "spring.datasource.url=" + DeskAlertRestartTest.DATABASE,
		"glutecheck.retention.cron=-", "glutecheck.events.retry-every=1h" })
class DeskAlertRestartTest {

	static final String DATABASE = "jdbc:h2:mem:glutecheck-restart;DB_CLOSE_DELAY=-1";

	/** Far longer than the listeners take, for a machine busy with other builds. */
	private static final Duration WAIT = Duration.ofSeconds(60);

	@Autowired
	private AssessmentService assessments;

	@Autowired
	private JdbcClient jdbc;

	@MockitoSpyBean
	private DeskAlerts alerts;

	@Test
	void anInstanceThatStartsRaisesTheAlertsWhoseEventsWereLeftIncomplete() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		CountDownLatch crashed = new CountDownLatch(1);
		doAnswer(invocation -> {
			if (calls.incrementAndGet() == 1) {
				throw new DataAccessResourceFailureException("the database was away for a moment");
			}
			crashed.await(WAIT.toSeconds(), TimeUnit.SECONDS);
			return invocation.callRealMethod();
		}).when(alerts).raise(any(), any(), any(), any());

		String failed = emergency();
		await().atMost(WAIT).until(() -> statuses().equals(List.of("FAILED")));
		String inFlight = emergency();
		await().atMost(WAIT).until(() -> statuses().size() == 2 && statuses().contains("PROCESSING"));
		assertThat(alertRows(failed) + alertRows(inFlight)).isZero();

		ConfigurableApplicationContext b = startAnotherInstance();
		try {
			await().atMost(WAIT).until(() -> alertRows(failed) == 1 && alertRows(inFlight) == 1);
			crashed.countDown();
			await().atMost(WAIT).until(() -> statuses().isEmpty());
			assertThat(alertRows(inFlight)).as("raised once, though handled twice").isEqualTo(1);
		}
		finally {
			crashed.countDown();
			b.close();
		}
	}

	private String emergency() {
		return assessments.assess(TestAnswers.at(Location.CENTER_BUTTOCK).redFlags(RedFlag.SADDLE_NUMBNESS).build())
			.reference();
	}

	private List<String> statuses() {
		return jdbc.sql("select status from event_publication order by publication_date").query(String.class).list();
	}

	private long alertRows(String reference) {
		return jdbc.sql("select count(*) from desk_alert where reference = ?").param(reference).query(Long.class).single();
	}

	private static ConfigurableApplicationContext startAnotherInstance() {
		return new SpringApplicationBuilder(GluteCheckApplication.class).main(GluteCheckApplication.class)
			.run("--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=" + DATABASE,
					"--spring.datasource.hikari.pool-name=instance-b", "--spring.main.banner-mode=off",
					"--glutecheck.retention.cron=-", "--glutecheck.events.retry-every=1h");
	}

}
