package org.glutecheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.glutecheck.MutableClock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lookup throttle's misses counted in the database (the real migrations, on H2 here and on
 * PostgreSQL in {@link SharedLookupMissesPostgresTest}): the same sliding window as in memory, and
 * one count for every instance on the database.
 */
class SharedLookupMissesTest {

	private static final LookupThrottleProperties LIMITS = new LookupThrottleProperties(3, Duration.ofMinutes(10), 1000,
			true);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

	private final JdbcClient jdbc = JdbcClient.create(migrated(database()));

	/** Two instances on one database. */
	private final SharedLookupMisses one = new SharedLookupMisses(LIMITS, clock, jdbc);

	private final SharedLookupMisses other = new SharedLookupMisses(LIMITS, clock, jdbc);

	/** A fresh database for each test. */
	DataSource database() {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:lookup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		h2.setUser("sa");
		return h2;
	}

	private static DataSource migrated(DataSource database) {
		Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
		return database;
	}

	@Test
	void blocksAfterTheLimitUntilTheOldestMissLeavesTheWindow() {
		one.recordMiss("10.0.0.1");
		clock.advance(Duration.ofMinutes(4));
		one.recordMiss("10.0.0.1");
		assertThat(one.blockedFor("10.0.0.1")).isEmpty();
		one.recordMiss("10.0.0.1");
		assertThat(one.blockedFor("10.0.0.1")).hasValue(Duration.ofMinutes(6));
		clock.advance(Duration.ofMinutes(6));
		assertThat(one.blockedFor("10.0.0.1")).isEmpty();
		one.recordMiss("10.0.0.1");
		// The two misses of minute 4 and this one: blocked until minute 4's leave the window.
		assertThat(one.blockedFor("10.0.0.1")).hasValue(Duration.ofMinutes(4));
	}

	@Test
	void missesOnEitherInstanceMeetOneLimit() {
		one.recordMiss("10.0.0.1");
		other.recordMiss("10.0.0.1");
		assertThat(one.blockedFor("10.0.0.1")).isEmpty();
		one.recordMiss("10.0.0.1");
		assertThat(other.blockedFor("10.0.0.1")).hasValue(Duration.ofMinutes(10));
		assertThat(one.blockedFor("10.0.0.1")).hasValue(Duration.ofMinutes(10));
	}

	@Test
	void clientsAreCountedApart() {
		for (int i = 0; i < 3; i++) {
			one.recordMiss("10.0.0.1");
		}
		assertThat(one.blockedFor("10.0.0.2")).isEmpty();
	}

	@Test
	void missesOlderThanTheWindowAreDeletedAndNoAddressIsStored() {
		one.recordMiss("10.0.0.1");
		other.recordMiss("10.0.0.2");
		clock.advance(Duration.ofMinutes(10));
		one.recordMiss("10.0.0.3");
		assertThat(jdbc.sql("select count(*) from lookup_miss").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select client_key from lookup_miss").query(String.class).single()).hasSize(64)
			.doesNotContain("10.0.0.3");
	}

}
