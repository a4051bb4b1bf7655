package org.glutecheck.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes saved assessments once they are older than the retention period, on the schedule
 * {@code glutecheck.retention.cron} (hourly by default; "-" turns it off). Every instance runs it:
 * the deletion is one idempotent statement, so instances sharing a database may run it at once.
 * It logs counts only, never a reference or an answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RetentionProperties.class)
class AssessmentRetention {

	private static final Logger log = LoggerFactory.getLogger(AssessmentRetention.class);

	private final AssessmentRepository repository;

	private final RetentionProperties properties;

	private final Clock clock;

	AssessmentRetention(AssessmentRepository repository, RetentionProperties properties, Clock clock) {
		this.repository = repository;
		this.properties = properties;
		this.clock = clock;
	}

	/** Deletes every assessment made more than the retention period ago; returns how many. */
	@Scheduled(cron = "${glutecheck.retention.cron}")
	int deleteExpired() {
		Instant cutoff = clock.instant().minus(properties.period());
		int deleted = repository.deleteCreatedBefore(cutoff);
		if (deleted > 0) {
			log.info("Retention: deleted {} assessment(s) older than {}", deleted, describe(properties.period()));
		}
		else {
			log.debug("Retention: nothing older than {}", describe(properties.period()));
		}
		return deleted;
	}

	private static String describe(Duration period) {
		return period.toSeconds() % Duration.ofDays(1).toSeconds() == 0 ? period.toDays() + " days" : period.toString();
	}

}
