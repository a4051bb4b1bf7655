package org.glutecheck.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
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
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Stops anyone guessing references: a client whose lookups by reference found nothing too often
 * within a sliding window gets 429 for every lookup (found or not) until old misses leave the
 * window. Lookups that find something are never counted, so a client fetching many real results is
 * never slowed. The refusal goes through the error page: the site's page for browsers, a problem
 * document for the API. Counts are kept in this instance's memory only, for at most the window.
 */
@Component
@EnableConfigurationProperties(LookupThrottleProperties.class)
class LookupThrottle extends OncePerRequestFilter {

	/** The two ways to look up a saved result by its reference. */
	private static final PathPattern[] LOOKUPS = { PathPatternParser.defaultInstance.parse("/api/v1/assessments/{reference}"),
			PathPatternParser.defaultInstance.parse("/results/{reference}") };

	private final LookupThrottleProperties limits;

	private final Clock clock;

	/** Per client, the times (epoch millis) of its latest misses, oldest first, at most maxMisses. */
	private final Map<String, ArrayDeque<Long>> misses = new ConcurrentHashMap<>();

	/** The clock is optional so that web slice tests, which have none, still get this filter. */
	LookupThrottle(LookupThrottleProperties limits, ObjectProvider<Clock> clock) {
		this.limits = limits;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
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
		ArrayDeque<Long> times = misses.get(client);
		if (times == null) {
			return Optional.empty();
		}
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
		if (misses.size() >= limits.maxClients()) {
			forgetQuietClients();
		}
		ArrayDeque<Long> times = misses.computeIfAbsent(client, key -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(clock.millis());
			while (times.size() > limits.maxMisses()) {
				times.pollFirst();
			}
		}
	}

	/** Drops clients with no miss left in the window; if that is not enough, starts afresh. */
	private void forgetQuietClients() {
		long windowStart = clock.millis() - limits.window().toMillis();
		misses.values().removeIf(times -> {
			synchronized (times) {
				return times.isEmpty() || times.peekLast() <= windowStart;
			}
		});
		if (misses.size() >= limits.maxClients()) {
			misses.clear();
		}
	}

}
