package org.glutecheck.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many lookups by reference that find nothing one client may make in a sliding window before
 * every lookup from it is answered 429 ({@code glutecheck.lookup-throttle.*}).
 *
 * @param maxMisses failed lookups allowed within the window; the next lookup is refused
 * @param window how far back failed lookups count
 * @param maxClients how many clients are remembered at most in memory, so that memory stays bounded
 * @param shared whether misses are counted in the database, shared by every instance on it, rather
 *        than in this instance's memory (the postgres profile sets it)
 */
@ConfigurationProperties("glutecheck.lookup-throttle")
record LookupThrottleProperties(@DefaultValue("20") int maxMisses, @DefaultValue("10m") Duration window,
		@DefaultValue("100000") int maxClients, @DefaultValue("false") boolean shared) {

	LookupThrottleProperties {
		if (maxMisses < 1 || window.isNegative() || window.isZero() || maxClients < 1) {
			throw new IllegalArgumentException(
					"glutecheck.lookup-throttle needs max-misses >= 1, a positive window and max-clients >= 1");
		}
	}

}
