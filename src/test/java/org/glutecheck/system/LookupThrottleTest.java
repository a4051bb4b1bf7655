package org.glutecheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.glutecheck.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sliding window of failed lookups, with a clock the test moves. */
class LookupThrottleTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

	private final StaticListableBeanFactory beans = new StaticListableBeanFactory();

	private final LookupThrottle throttle;

	LookupThrottleTest() {
		beans.addBean("clock", clock);
		throttle = new LookupThrottle(new LookupThrottleProperties(3, Duration.ofMinutes(10), 1000, false),
				beans.getBeanProvider(Clock.class), beans.getBeanProvider(JdbcClient.class));
	}

	@Test
	void blocksAfterTheLimitUntilTheOldestMissLeavesTheWindow() {
		miss();
		clock.advance(Duration.ofMinutes(4));
		miss();
		miss();
		assertThat(throttle.blockedFor("10.0.0.1")).hasValue(Duration.ofMinutes(6));
		clock.advance(Duration.ofMinutes(6));
		assertThat(throttle.blockedFor("10.0.0.1")).isEmpty();
		miss();
		// The two misses of minute 4 and this one: blocked until minute 4's leave the window.
		assertThat(throttle.blockedFor("10.0.0.1")).hasValue(Duration.ofMinutes(4));
	}

	@Test
	void clientsAreCountedApart() {
		miss();
		miss();
		miss();
		assertThat(throttle.blockedFor("10.0.0.2")).isEmpty();
	}

	@Test
	void aBlockedClientIsNeverForgottenToMakeRoom() {
		LookupThrottle small = new LookupThrottle(new LookupThrottleProperties(3, Duration.ofMinutes(10), 10, false),
				beans.getBeanProvider(Clock.class), beans.getBeanProvider(JdbcClient.class));
		for (int i = 0; i < 3; i++) {
			small.recordMiss("10.0.0.1");
		}
		for (int other = 0; other < 500; other++) {
			small.recordMiss("10.9." + (other / 250) + "." + (other % 250));
		}
		assertThat(small.blockedFor("10.0.0.1")).isPresent();
	}

	@Test
	void whenEveryPlaceIsTakenByBlockedClientsNewcomersShareOneCount() {
		LookupThrottle small = new LookupThrottle(new LookupThrottleProperties(3, Duration.ofMinutes(10), 4, false),
				beans.getBeanProvider(Clock.class), beans.getBeanProvider(JdbcClient.class));
		for (int blocked = 0; blocked < 4; blocked++) {
			for (int i = 0; i < 3; i++) {
				small.recordMiss("10.0.0." + blocked);
			}
		}
		small.recordMiss("10.8.0.1");
		small.recordMiss("10.8.0.2");
		small.recordMiss("10.8.0.3");
		// Too many misses among the clients that could not be remembered apart: they wait together.
		assertThat(small.blockedFor("10.8.0.4")).isPresent();
		for (int blocked = 0; blocked < 4; blocked++) {
			assertThat(small.blockedFor("10.0.0." + blocked)).isPresent();
		}
		// Once the window has passed, everyone is forgotten and counted apart again.
		clock.advance(Duration.ofMinutes(10));
		small.recordMiss("10.8.0.5");
		assertThat(small.blockedFor("10.8.0.4")).isEmpty();
	}

	@Test
	void ipv6ClientsAreCountedByTheirSlash64() {
		assertThat(ClientAddress.key("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo(ClientAddress.key("2001:db8:1:2::1"));
		assertThat(ClientAddress.key("2001:db8:1:2::1")).isNotEqualTo(ClientAddress.key("2001:db8:1:3::1"));
		assertThat(ClientAddress.key("192.0.2.7")).isEqualTo("192.0.2.7");
	}

	private void miss() {
		throttle.recordMiss("10.0.0.1");
	}

}
