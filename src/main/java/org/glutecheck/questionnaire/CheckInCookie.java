package org.glutecheck.questionnaire;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * Carries a check-in's run token from its POSTs to the GETs they redirect to, as {@link RunCookie}
 * does for the questionnaire, with the same attributes. It is a cookie of its own, so that checking
 * in never ends a questionnaire on the same device (nor its result page, one Back away).
 */
@Component
class CheckInCookie {

	static final String NAME = "gc_checkin";

	private final RunTokens tokens;

	CheckInCookie(RunTokens tokens) {
		this.tokens = tokens;
	}

	void set(String run, HttpServletRequest request, HttpServletResponse response) {
		RunCookie.write(NAME, run, tokens.maxAge().toSeconds(), request, response);
	}

	void clear(HttpServletRequest request, HttpServletResponse response) {
		RunCookie.write(NAME, "", 0, request, response);
	}

	Optional<String> read(HttpServletRequest request) {
		return RunCookie.read(NAME, request);
	}

}
