package org.glutecheck.questionnaire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Remembers on the device, in a cookie, when someone last pressed "Start again" (or the clinic
 * tablet reset itself). A form from a sitting that began before then belongs to the last person
 * and is refused, so Back and resubmit never bring their answers back.
 */
@Component
class DeviceReset {

	static final String COOKIE = "gc_reset";

	private final Clock clock;

	private final Duration remembered;

	DeviceReset(Clock clock, RunTokens tokens) {
		this.clock = clock;
		// At least as long as a sitting may last, so every older sitting stays refused.
		this.remembered = tokens.maxAge().plusHours(1);
	}

	/** Marks the device as reset now and asks the browser to drop what it kept of earlier pages. */
	void reset(HttpServletRequest request, HttpServletResponse response) {
		ResponseCookie cookie = ResponseCookie.from(COOKIE, Long.toString(clock.millis()))
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(remembered)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
	}

	/** Whether a sitting that started then was ended by a reset on this device since. */
	boolean endedSince(Instant started, HttpServletRequest request) {
		return lastReset(request).map(started::isBefore).orElse(false);
	}

	private static Optional<Instant> lastReset(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies)
			.filter(c -> COOKIE.equals(c.getName()) && c.getValue().matches("\\d{1,15}"))
			.map(c -> Instant.ofEpochMilli(Long.parseLong(c.getValue())))
			.max(Instant::compareTo);
	}

}
