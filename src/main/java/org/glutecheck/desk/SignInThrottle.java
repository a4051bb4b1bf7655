package org.glutecheck.desk;

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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.glutecheck.system.ClientAddress;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing, with counts kept in the database (table {@code sign_in_attempt}),
 * so that every instance shares them:
 * <ul>
 * <li>after {@code maxFailures} wrong passwords in a row for one username from one address, or
 * from one address for any usernames, sign-in for that pair, or from that address, pauses; each
 * further wrong password doubles the pause, up to {@code maxPause};</li>
 * <li>wrong passwords for one username from anywhere fill a looser allowance,
 * {@code usernameMaxFailures}, that gives one back every {@code usernameDecay}; while it is full the
 * username is paused, except from an address it signed in from within {@code trustedAddressFor}, so
 * that someone guessing a name from many addresses slows to a trickle without keeping its owner
 * out.</li>
 * </ul>
 * Attempts refused during a pause are not counted, so a pause cannot be stretched by hammering; a
 * correct password ends the count for its username and address. Usernames are counted whether or
 * not such an account exists. Only hashes of what is counted are stored. At most
 * {@code maxKeys} rows are kept: rows quiet for a day are deleted, and beyond that the longest-quiet
 * rows that pause nobody; a paused one never is.
 */
@Component
class SignInThrottle {

	/** A row quiet this long, and pausing nobody, is forgotten. */
	private static final Duration FORGET_AFTER = Duration.ofDays(1);

	/** Wrong passwords (or the allowance used, for a username), the last one, and until when refused. */
	private record Count(double failures, Instant last, Instant pausedUntil) {
	}

	private final StaffProperties.SignIn limits;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	SignInThrottle(StaffProperties properties, Clock clock, JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.limits = properties.signIn();
		this.clock = clock;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** How long sign-in stays refused for this username from this address, if it is paused now. */
	Optional<Duration> pausedFor(String username, String address) {
		Instant now = clock.instant();
		Keys keys = new Keys(username, address);
		Map<String, Count> counts = read(keys.pair, keys.address, keys.username, keys.signedIn);
		boolean trusted = Optional.ofNullable(counts.get(keys.signedIn)).filter(c -> c.pausedUntil().isAfter(now)).isPresent();
		return Stream.of(keys.pair, keys.address, trusted ? null : keys.username)
			.map(key -> key == null ? null : counts.get(key))
			.filter(count -> count != null && count.pausedUntil().isAfter(now))
			.map(count -> Duration.between(now, count.pausedUntil()))
			.max(Duration::compareTo);
	}

	void failed(String username, String address) {
		Keys keys = new Keys(username, address);
		inTransaction(() -> {
			Instant now = clock.instant();
			Map<String, Count> counts = lock(keys.pair, keys.address, keys.username);
			write(keys.pair, counts.get(keys.pair), inARow(counts.get(keys.pair), now));
			write(keys.address, counts.get(keys.address), inARow(counts.get(keys.address), now));
			write(keys.username, counts.get(keys.username), allowance(counts.get(keys.username), now));
			forgetWhatIsSafe(now);
		});
	}

	void succeeded(String username, String address) {
		Keys keys = new Keys(username, address);
		inTransaction(() -> {
			Instant now = clock.instant();
			jdbc.sql("delete from sign_in_attempt where attempt_key in (?, ?)").params(keys.pair, keys.address).update();
			Map<String, Count> known = lock(keys.signedIn);
			write(keys.signedIn, known.get(keys.signedIn), new Count(0, now, now.plus(limits.trustedAddressFor())));
		});
	}

	/** Wrong passwords in a row: a pause from the limit on, doubling with each one, up to the longest. */
	private Count inARow(Count before, Instant now) {
		int count = (before == null ? 0 : (int) before.failures()) + 1;
		if (count < limits.maxFailures()) {
			return new Count(count, now, now);
		}
		int doublings = Math.min(count - limits.maxFailures(), 20);
		Duration pause = limits.firstPause().multipliedBy(1L << doublings);
		return new Count(count, now, now.plus(pause.compareTo(limits.maxPause()) > 0 ? limits.maxPause() : pause));
	}

	/**
	 * The username's allowance: what was used, less one for every decay interval since, plus this
	 * one; refused until it is back to one below the limit.
	 */
	private Count allowance(Count before, Instant now) {
		double decayMillis = limits.usernameDecay().toMillis();
		double left = before == null ? 0
				: Math.max(0, before.failures() - Duration.between(before.last(), now).toMillis() / decayMillis);
		double used = left + 1;
		double over = used - (limits.usernameMaxFailures() - 1);
		Instant pausedUntil = over > 0 ? now.plusMillis((long) Math.ceil(over * decayMillis)) : now;
		return new Count(used, now, pausedUntil);
	}

	/** Deletes rows quiet for a day; beyond the most rows kept, the longest-quiet that pause nobody. */
	private void forgetWhatIsSafe(Instant now) {
		jdbc.sql("delete from sign_in_attempt where paused_until < ? and last_at < ?")
			.params(time(now), time(now.minus(FORGET_AFTER)))
			.update();
		long rows = jdbc.sql("select count(*) from sign_in_attempt").query(Long.class).single();
		if (rows > limits.maxKeys()) {
			long excess = rows - (limits.maxKeys() - Math.max(1, limits.maxKeys() / 10));
			jdbc.sql("delete from sign_in_attempt where attempt_key in (select attempt_key from sign_in_attempt "
					+ "where paused_until <= ? order by last_at limit ?)")
				.params(time(now), excess)
				.update();
		}
	}

	private Map<String, Count> read(String... keys) {
		return query("select attempt_key, failures, last_at, paused_until from sign_in_attempt where attempt_key in (%s)",
				keys);
	}

	private Map<String, Count> lock(String... keys) {
		return query("select attempt_key, failures, last_at, paused_until from sign_in_attempt where attempt_key in (%s) "
				+ "for update", keys);
	}

	private Map<String, Count> query(String sql, String... keys) {
		String marks = Stream.of(keys).map(key -> "?").collect(Collectors.joining(", "));
		return jdbc.sql(sql.formatted(marks))
			.params((Object[]) keys)
			.query((row, n) -> Map.entry(row.getString(1),
					new Count(row.getDouble(2), row.getObject(3, OffsetDateTime.class).toInstant(),
							row.getObject(4, OffsetDateTime.class).toInstant())))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private void write(String key, Count before, Count after) {
		if (before == null) {
			jdbc.sql("insert into sign_in_attempt (attempt_key, failures, last_at, paused_until) values (?, ?, ?, ?)")
				.params(key, after.failures(), time(after.last()), time(after.pausedUntil()))
				.update();
		}
		else {
			jdbc.sql("update sign_in_attempt set failures = ?, last_at = ?, paused_until = ? where attempt_key = ?")
				.params(after.failures(), time(after.last()), time(after.pausedUntil()), key)
				.update();
		}
	}

	/** Once more if another instance made the same row at the same moment. */
	private void inTransaction(Runnable work) {
		try {
			transactions.executeWithoutResult(status -> work.run());
		}
		catch (DataIntegrityViolationException sameRowElsewhere) {
			transactions.executeWithoutResult(status -> work.run());
		}
	}

	private static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** What is counted, each as a hash. */
	private static final class Keys {

		final String pair;

		final String address;

		final String username;

		final String signedIn;

		Keys(String username, String address) {
			String user = String.valueOf(username).strip().toLowerCase(Locale.ROOT);
			String client = ClientAddress.key(address);
			Function<String, String> hash = Keys::sha256;
			this.pair = hash.apply("pair\n" + user + "\n" + client);
			this.address = hash.apply("address\n" + client);
			this.username = hash.apply("username\n" + user);
			this.signedIn = hash.apply("signed-in\n" + user + "\n" + client);
		}

		private static String sha256(String text) {
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is not available", ex);
			}
		}

	}

}
