package org.glutecheck.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lookup throttle's count of misses kept in the database (table {@code lookup_miss}), where
 * every instance on that database shares it: the same sliding window as the count in memory, each
 * client's latest misses and when, so that misses spread over several instances meet one limit.
 * Only a hash of the client's address is stored; misses older than the window are deleted whenever
 * a new one is counted, so the table holds at most the misses of one window.
 */
final class SharedLookupMisses {

	private final LookupThrottleProperties limits;

	private final Clock clock;

	private final JdbcClient jdbc;

	SharedLookupMisses(LookupThrottleProperties limits, Clock clock, JdbcClient jdbc) {
		this.limits = limits;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** How long this client must wait, if its latest misses within the window reach the limit. */
	Optional<Duration> blockedFor(String client) {
		Instant windowStart = clock.instant().minus(limits.window());
		List<OffsetDateTime> latest = jdbc
			.sql("select missed_at from lookup_miss where client_key = ? and missed_at > ? order by missed_at desc limit ?")
			.params(hash(client), time(windowStart), limits.maxMisses())
			.query((row, n) -> row.getObject(1, OffsetDateTime.class))
			.list();
		if (latest.size() < limits.maxMisses()) {
			return Optional.empty();
		}
		// Refused until the oldest of them leaves the window.
		return Optional.of(Duration.between(windowStart, latest.get(latest.size() - 1).toInstant()));
	}

	void recordMiss(String client) {
		Instant now = clock.instant();
		jdbc.sql("insert into lookup_miss (client_key, missed_at) values (?, ?)").params(hash(client), time(now)).update();
		jdbc.sql("delete from lookup_miss where missed_at <= ?").param(time(now.minus(limits.window()))).update();
	}

	private static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String hash(String client) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(("lookup\n" + client).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
