package org.glutecheck.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Events whose listener failed are retried every minute unless set, and never "never". */
class EventPropertiesTest {

	@Test
	void failedEventsAreRetriedEveryMinuteUnlessSet() {
		assertThat(bind(Map.of()).retryEvery()).isEqualTo(Duration.ofMinutes(1));
		assertThat(bind(Map.of("glutecheck.events.retry-every", "15s")).retryEvery()).isEqualTo(Duration.ofSeconds(15));
	}

	@Test
	void aRetryIntervalOfZeroOrLessIsRefused() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("glutecheck.events.retry-every", "0s")));
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("glutecheck.events.retry-every", "-1m")));
	}

	private static EventProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("glutecheck.events",
				EventProperties.class);
	}

}
