package org.glutecheck.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Hands every event whose listener failed to that listener again, every
 * {@code glutecheck.events.retry-every} (a minute by default): a desk alert whose listener met a
 * database that was away for a moment is raised once it is back, not at the next restart. An event
 * left in flight by an instance that died is marked failed by Spring Modulith's staleness check
 * ({@code spring.modulith.events.staleness.*}) and so retried here by an instance that lives. Every
 * instance runs it; each failed event is claimed by one of them. Listeners must therefore bear being
 * handed the same event twice, as the desk's does.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventProperties.class)
class EventRetry implements SchedulingConfigurer {

	private final FailedEventPublications failed;

	private final EventProperties properties;

	EventRetry(FailedEventPublications failed, EventProperties properties) {
		this.failed = failed;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		// First after one interval: at start, Spring Modulith hands over every incomplete event itself.
		registrar.addFixedDelayTask(new FixedDelayTask(this::retryFailed, properties.retryEvery(), properties.retryEvery()));
	}

	void retryFailed() {
		failed.resubmit(ResubmissionOptions.defaults());
	}

}
