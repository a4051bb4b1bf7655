package org.glutecheck.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.glutecheck.MutableClock;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(
			new StaffProperties(Map.of(), new StaffProperties.SignIn(5, Duration.ofSeconds(30), Duration.ofMinutes(15))),
			clock);

	@Test
	void fourWrongPasswordsDoNotPause() {
		fail(4, "alice", "10.0.0.1");
		assertThat(throttle.pausedFor("alice", "10.0.0.1")).isEmpty();
	}

	@Test
	void theFifthPausesThirtySecondsAndEachFurtherOneDoublesThePause() {
		fail(5, "alice", "10.0.0.1");
		assertThat(throttle.pausedFor("ALICE", "10.9.9.9")).hasValue(Duration.ofSeconds(30));
		clock.advance(Duration.ofSeconds(30));
		assertThat(throttle.pausedFor("alice", "10.0.0.1")).isEmpty();
		fail(1, "alice", "10.0.0.1");
		assertThat(throttle.pausedFor("alice", "10.0.0.1")).hasValue(Duration.ofMinutes(1));
		clock.advance(Duration.ofMinutes(1));
		fail(1, "alice", "10.0.0.1");
		assertThat(throttle.pausedFor("alice", "10.0.0.1")).hasValue(Duration.ofMinutes(2));
	}

	@Test
	void thePauseNeverExceedsTheLongest() {
		for (int i = 0; i < 30; i++) {
			fail(1, "alice", "10.0.0.1");
			clock.advance(throttle.pausedFor("alice", "10.0.0.1").orElse(Duration.ZERO));
		}
		fail(1, "alice", "10.0.0.1");
		assertThat(throttle.pausedFor("alice", "10.0.0.1")).hasValue(Duration.ofMinutes(15));
	}

	@Test
	void oneAddressTryingManyUsernamesIsPausedToo() {
		for (int i = 0; i < 5; i++) {
			fail(1, "user" + i, "2001:db8:1:2::" + i);
		}
		// The same /64: a guesser cannot escape by changing the last half of an IPv6 address.
		assertThat(throttle.pausedFor("someone", "2001:db8:1:2::ffff")).hasValue(Duration.ofSeconds(30));
		assertThat(throttle.pausedFor("someone", "2001:db8:1:3::1")).isEmpty();
	}

	@Test
	void aCorrectPasswordEndsTheCount() {
		fail(4, "alice", "10.0.0.1");
		throttle.succeeded("alice", "10.0.0.1");
		fail(4, "alice", "10.0.0.1");
		assertThat(throttle.pausedFor("alice", "10.0.0.1")).isEmpty();
	}

	private void fail(int times, String username, String address) {
		for (int i = 0; i < times; i++) {
			throttle.failed(username, address);
		}
	}

}
