package org.glutecheck.assessment;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * How long saved assessments are kept ({@code glutecheck.retention.period}, 30 days unless set).
 * A bare number means days, so that "30" can never be read as 30 milliseconds and empty the table.
 * Public so that the pages can tell people how long their answers are kept. When the deletion runs is {@code glutecheck.retention.cron}, read by {@link AssessmentRetention}.
 */
@ConfigurationProperties("glutecheck.retention")
public record RetentionProperties(@DurationUnit(ChronoUnit.DAYS) Duration period) {

	public RetentionProperties {
		if (period == null) {
			period = Duration.ofDays(30);
		}
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("glutecheck.retention.period must be positive, not " + period);
		}
	}

}
