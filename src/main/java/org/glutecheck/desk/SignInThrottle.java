package org.glutecheck.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.glutecheck.system.ClientAddress;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailures} wrong passwords in a row for one username,
 * or from one address, sign-in for it is refused for a pause that doubles with every further wrong
 * password, up to {@code maxPause}. Attempts refused during a pause are not counted, so the pause
 * cannot be stretched by hammering; a correct password ends the count. Usernames are counted whether
 * or not such an account exists, so a pause says nothing about who has an account. Kept in this
 * instance's memory only.
 */
@Component
class SignInThrottle {

	/** Keys remembered at most; beyond this the oldest quiet ones are forgotten. */
	private static final int MAX_KEYS = 100_000;

	/** Wrong passwords in a row, the time of the last one, and until when sign-in is refused. */
	private record Failures(int count, Instant last, Instant pausedUntil) {
	}

	private final StaffProperties.SignIn limits;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	SignInThrottle(StaffProperties properties, Clock clock) {
		this.limits = properties.signIn();
		this.clock = clock;
	}

	/** How long sign-in stays refused for this username or address, if it is paused now. */
	Optional<Duration> pausedFor(String username, String address) {
		Instant now = clock.instant();
		return keys(username, address).stream()
			.map(failures::get)
			.filter(f -> f != null && f.pausedUntil().isAfter(now))
			.map(f -> Duration.between(now, f.pausedUntil()))
			.max(Duration::compareTo);
	}

	void failed(String username, String address) {
		if (failures.size() >= MAX_KEYS) {
			forgetQuietOnes();
		}
		Instant now = clock.instant();
		for (String key : keys(username, address)) {
			failures.compute(key, (k, before) -> next(before == null ? 0 : before.count(), now));
		}
	}

	void succeeded(String username, String address) {
		keys(username, address).forEach(failures::remove);
	}

	private Failures next(int countBefore, Instant now) {
		int count = countBefore + 1;
		if (count < limits.maxFailures()) {
			return new Failures(count, now, now);
		}
		int doublings = Math.min(count - limits.maxFailures(), 20);
		Duration pause = limits.firstPause().multipliedBy(1L << doublings);
		return new Failures(count, now, now.plus(pause.compareTo(limits.maxPause()) > 0 ? limits.maxPause() : pause));
	}

	private void forgetQuietOnes() {
		Instant quietSince = clock.instant().minus(limits.maxPause());
		failures.values().removeIf(f -> f.last().isBefore(quietSince) && f.pausedUntil().isBefore(quietSince));
		if (failures.size() >= MAX_KEYS) {
			failures.clear();
		}
	}

	private static List<String> keys(String username, String address) {
		return List.of("user:" + String.valueOf(username).strip().toLowerCase(Locale.ROOT),
				"address:" + ClientAddress.key(address));
	}

}
