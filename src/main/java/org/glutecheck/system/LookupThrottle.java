package org.glutecheck.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Stops anyone guessing references: a client whose lookups by reference found nothing too often
 * within a sliding window gets 429 for every lookup (found or not) until old misses leave the
 * window. Lookups that find something are never counted, so a client fetching many real results is
 * never slowed. The refusal goes through the error page: the site's page for browsers, a problem
 * document for the API. Counts are kept in this instance's memory, for at most the window, for at
 * most {@code max-clients} clients (a blocked client is never forgotten to make room); or, with
 * {@code shared} (set by the postgres profile), in the database, so that every instance on it
 * shares them ({@link SharedLookupMisses}).
 */
@Component
@EnableConfigurationProperties(LookupThrottleProperties.class)
class LookupThrottle extends OncePerRequestFilter {

	/**
	 * The ways to reach a saved result by its reference: reading it, and checking in on it, by the API
	 * or from a code typed on the start page (each answers 404 for a reference that finds nothing, as
	 * a lookup does).
	 */
	private static final PathPattern[] LOOKUPS = { PathPatternParser.defaultInstance.parse("/api/v1/assessments/{reference}"),
			PathPatternParser.defaultInstance.parse("/api/v1/assessments/{reference}/follow-ups"),
			PathPatternParser.defaultInstance.parse("/results/{reference}"),
			PathPatternParser.defaultInstance.parse("/check-in") };

	private final LookupThrottleProperties limits;

	private final Clock clock;

	/** The count in the database, shared with every other instance on it; null when counted here. */
	private final SharedLookupMisses shared;

	/** Per client, the times (epoch millis) of its latest misses, oldest first, at most maxMisses. */
	private final Map<String, ArrayDeque<Long>> misses = new ConcurrentHashMap<>();

	/** The misses of clients that could not be remembered apart, because every place held a blocked client. */
	private final ArrayDeque<Long> overflow = new ArrayDeque<>();

	/**
	 * The clock and the database are optional so that web slice tests, which have neither, still get
	 * this filter (counting in memory).
	 */
	LookupThrottle(LookupThrottleProperties limits, ObjectProvider<Clock> clock, ObjectProvider<JdbcClient> jdbc) {
		this.limits = limits;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.shared = limits.shared() ? new SharedLookupMisses(limits, this.clock, jdbc.getObject()) : null;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		for (PathPattern lookup : LOOKUPS) {
			if (lookup.matches(path)) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = ClientAddress.key(request.getRemoteAddr());
		Optional<Duration> wait = blockedFor(client);
		if (wait.isPresent()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, wait.get().toSeconds())));
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.NOT_FOUND.value()) {
			recordMiss(client);
		}
	}

	/** How long this client must wait, if it has used up its misses for now. */
	Optional<Duration> blockedFor(String client) {
		if (shared != null) {
			return shared.blockedFor(client);
		}
		ArrayDeque<Long> times = misses.get(client);
		if (times == null) {
			// A client not remembered apart (there was no room) is counted with every other such one.
			return blockedFor(overflow);
		}
		return blockedFor(times);
	}

	private Optional<Duration> blockedFor(ArrayDeque<Long> times) {
		synchronized (times) {
			long windowStart = clock.millis() - limits.window().toMillis();
			while (!times.isEmpty() && times.peekFirst() <= windowStart) {
				times.pollFirst();
			}
			if (times.size() < limits.maxMisses()) {
				return Optional.empty();
			}
			return Optional.of(Duration.ofMillis(times.peekFirst() - windowStart));
		}
	}

	void recordMiss(String client) {
		if (shared != null) {
			shared.recordMiss(client);
			return;
		}
		ArrayDeque<Long> times = misses.get(client);
		if (times == null) {
			times = place(client);
		}
		synchronized (times) {
			times.addLast(clock.millis());
			while (times.size() > limits.maxMisses()) {
				times.pollFirst();
			}
		}
	}

	/**
	 * A place to count this client's misses: its own while there is room, made if need be by
	 * forgetting clients with no miss left in the window and then the longest-quiet clients that are
	 * not blocked; never a blocked client. When every place is held by a blocked client, the shared
	 * overflow count, so that clients who could not be remembered apart are still held back together.
	 */
	private synchronized ArrayDeque<Long> place(String client) {
		ArrayDeque<Long> existing = misses.get(client);
		if (existing != null) {
			return existing;
		}
		if (misses.size() >= limits.maxClients()) {
			makeRoom();
		}
		if (misses.size() >= limits.maxClients()) {
			return overflow;
		}
		return misses.computeIfAbsent(client, key -> new ArrayDeque<>());
	}

	private void makeRoom() {
		long windowStart = clock.millis() - limits.window().toMillis();
		misses.values().removeIf(times -> {
			synchronized (times) {
				return times.isEmpty() || times.peekLast() <= windowStart;
			}
		});
		// Still full: forget the longest-quiet clients that are not blocked, down to nine tenths.
		int excess = misses.size() - (limits.maxClients() - Math.max(1, limits.maxClients() / 10));
		if (excess <= 0) {
			return;
		}
		List<Map.Entry<String, Long>> quietFirst = new ArrayList<>();
		misses.forEach((key, times) -> {
			if (blockedFor(times).isEmpty()) {
				synchronized (times) {
					quietFirst.add(Map.entry(key, times.isEmpty() ? 0L : times.peekLast()));
				}
			}
		});
		quietFirst.sort(Map.Entry.comparingByValue());
		quietFirst.stream().limit(excess).forEach(entry -> misses.remove(entry.getKey()));
	}

}
