package org.glutecheck.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How events between modules are retried ({@code glutecheck.events.*}); where they are kept is
 * Spring Modulith's own settings ({@code spring.modulith.events.*} in application.properties).
 *
 * @param retryEvery how often events whose listener failed are handed to it again
 */
@ConfigurationProperties("glutecheck.events")
record EventProperties(@DefaultValue("1m") Duration retryEvery) {

	EventProperties {
		if (retryEvery.isNegative() || retryEvery.isZero()) {
			throw new IllegalArgumentException("glutecheck.events.retry-every must be positive, not " + retryEvery);
		}
	}

}
