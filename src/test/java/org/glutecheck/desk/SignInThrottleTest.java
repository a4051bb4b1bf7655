package org.glutecheck.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.glutecheck.MutableClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Wrong passwords, counted in the database (the real migrations, on H2): per username and address,
 * per address, and per username with a looser limit that decays, shared by every instance.
 */
class SignInThrottleTest {

	private static final StaffProperties.SignIn LIMITS = new StaffProperties.SignIn(5, Duration.ofSeconds(30),
			Duration.ofMinutes(15), 20, Duration.ofMinutes(3), Duration.ofDays(30), 100_000);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

	private final DataSource database = database();

	/** A fresh, migrated database for each test; H2 here, PostgreSQL in {@link SignInThrottlePostgresTest}. */
	DataSource database() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:sign-in-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		h2.setUser("sa");
		return migrated(h2);
	}

	static DataSource migrated(DataSource database) {
		Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
		return database;
	}

	private final SignInThrottle throttle = throttle(LIMITS);

	@Test
	void fourWrongPasswordsDoNotPause() {
		fail(4, "alice", "10.0.0.1");
		assertThat(throttle.pausedFor("alice", "10.0.0.1")).isEmpty();
	}

	@Test
	void theFifthPausesThatUsernameFromThatAddressAndEachFurtherOneDoublesThePause() {
		fail(5, "alice", "10.0.0.1");
		assertThat(throttle.pausedFor("ALICE", "10.0.0.1")).hasValue(Duration.ofSeconds(30));
		clock.advance(Duration.ofSeconds(30));
		assertThat(throttle.pausedFor("alice", "10.0.0.1")).isEmpty();
		fail(1, "alice", "10.0.0.1");
		assertThat(throttle.pausedFor("alice", "10.0.0.1")).hasValue(Duration.ofMinutes(1));
		clock.advance(Duration.ofMinutes(1));
		fail(1, "alice", "10.0.0.1");
		assertThat(throttle.pausedFor("alice", "10.0.0.1")).hasValue(Duration.ofMinutes(2));
	}

	@Test
	void someoneGuessingAUsernameDoesNotKeepItsOwnerOutFromElsewhere() {
		for (int round = 0; round < 10; round++) {
			fail(5, "alice", "203.0.113.9");
			clock.advance(Duration.ofMinutes(15));
		}
		assertThat(throttle.pausedFor("alice", "203.0.113.9")).isEmpty();
		fail(5, "alice", "203.0.113.9");
		assertThat(throttle.pausedFor("alice", "203.0.113.9")).isPresent();
		assertThat(throttle.pausedFor("alice", "10.0.0.1")).isEmpty();
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
	void manyAddressesGuessingOneUsernameMeetTheLooserLimitWhichDecays() {
		for (int i = 0; i < 20; i++) {
			fail(1, "bob", "198.51.100." + i);
		}
		assertThat(throttle.pausedFor("bob", "192.0.2.1")).hasValue(Duration.ofMinutes(3));
		clock.advance(Duration.ofMinutes(3));
		assertThat(throttle.pausedFor("bob", "192.0.2.1")).isEmpty();
		fail(1, "bob", "198.51.100.99");
		assertThat(throttle.pausedFor("bob", "192.0.2.1")).isPresent();
		assertThat(throttle.pausedFor("carol", "192.0.2.1")).isEmpty();
	}

	@Test
	void theOwnerStillGetsInFromWhereTheySignedInBefore() {
		throttle.succeeded("bob", "10.0.0.7");
		for (int i = 0; i < 40; i++) {
			fail(1, "bob", "198.51.100." + i);
		}
		assertThat(throttle.pausedFor("bob", "192.0.2.1")).isPresent();
		assertThat(throttle.pausedFor("bob", "10.0.0.7")).isEmpty();
	}

	@Test
	void aCorrectPasswordEndsTheCount() {
		fail(4, "alice", "10.0.0.1");
		throttle.succeeded("alice", "10.0.0.1");
		fail(4, "alice", "10.0.0.1");
		assertThat(throttle.pausedFor("alice", "10.0.0.1")).isEmpty();
	}

	@Test
	void everyInstanceSharesTheCounts() {
		SignInThrottle other = throttle(LIMITS);
		fail(3, "alice", "10.0.0.1");
		other.failed("alice", "10.0.0.1");
		other.failed("alice", "10.0.0.1");
		assertThat(throttle.pausedFor("alice", "10.0.0.1")).isPresent();
		assertThat(other.pausedFor("alice", "10.0.0.1")).isPresent();
	}

	@Test
	void aPausedClientIsNeverForgottenToMakeRoom() {
		SignInThrottle small = throttle(new StaffProperties.SignIn(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
				20, Duration.ofMinutes(3), Duration.ofDays(30), 10));
		for (int i = 0; i < 5; i++) {
			small.failed("alice", "10.0.0.1");
		}
		for (int other = 0; other < 200; other++) {
			small.failed("user" + other, "10.9." + (other / 200) + "." + (other % 200));
		}
		assertThat(small.pausedFor("alice", "10.0.0.1")).isPresent();
		assertThat(JdbcClient.create(database).sql("select count(*) from sign_in_attempt").query(Long.class).single())
			.isLessThanOrEqualTo(40);
	}

	@Test
	void nothingReadableIsKept() {
		fail(5, "alice", "10.0.0.1");
		assertThat(JdbcClient.create(database).sql("select attempt_key from sign_in_attempt").query(String.class).list())
			.allSatisfy(key -> assertThat(key).matches("[0-9a-f]{64}"));
	}

	private SignInThrottle throttle(StaffProperties.SignIn limits) {
		return new SignInThrottle(new StaffProperties(Map.of(), limits), clock, JdbcClient.create(database),
				new DataSourceTransactionManager(database));
	}

	private void fail(int times, String username, String address) {
		for (int i = 0; i < times; i++) {
			throttle.failed(username, address);
		}
	}

}
