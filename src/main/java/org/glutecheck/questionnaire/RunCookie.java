package org.glutecheck.questionnaire;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Carries the run token from a page's POST to the GET it redirects to, so that a page's address
 * holds nothing of the sitting and Back and Forward ask for pages, never resend forms. The cookie
 * is HttpOnly, lasts no longer than a sitting may, and "Start again" removes it.
 */
@Component
class RunCookie {

	static final String NAME = "gc_run";

	private final RunTokens tokens;

	RunCookie(RunTokens tokens) {
		this.tokens = tokens;
	}

	void set(String run, HttpServletRequest request, HttpServletResponse response) {
		write(NAME, run, tokens.maxAge().toSeconds(), request, response);
	}

	void clear(HttpServletRequest request, HttpServletResponse response) {
		write(NAME, "", 0, request, response);
	}

	Optional<String> read(HttpServletRequest request) {
		return read(NAME, request);
	}

	/** The value of the run cookie with this name, if the request carries it. */
	static Optional<String> read(String name, HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies == null ? Optional.empty()
				: Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
	}

	/** Sets a run cookie: HttpOnly, SameSite=Lax, secure over HTTPS, for the whole site, for these seconds. */
	static void write(String name, String value, long seconds, HttpServletRequest request,
			HttpServletResponse response) {
		ResponseCookie cookie = ResponseCookie.from(name, value)
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(seconds)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
