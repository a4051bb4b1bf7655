package org.glutecheck.desk;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Back to the sign-in page after a failed attempt, saying why in the address: a wrong username or
 * password, or a pause and how long it lasts. Unlike Spring Security's default it stores nothing in
 * a session, so a failed sign-in leaves no session behind.
 */
@Component
class SignInFailures implements AuthenticationFailureHandler {

	static final String USERNAME_COOKIE = "gc_sign_in";

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String why = failure instanceof SignInPausedException paused
				? "wait=" + Math.max(1, (paused.getWait().toSeconds() + 59) / 60) : "error";
		rememberUsername(request, response);
		redirect.sendRedirect(request, response, DeskSecurityConfiguration.SIGN_IN + "?" + why);
	}

	/**
	 * The sign-in page fills the username in again. In a short-lived cookie for that page only, not in
	 * the address, so it stays out of access logs and browser history.
	 */
	private static void rememberUsername(HttpServletRequest request, HttpServletResponse response) {
		String username = request.getParameter("username");
		if (username == null || !StaffAccounts.wellFormed(username)) {
			return;
		}
		response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(USERNAME_COOKIE, username.strip())
			.path(DeskSecurityConfiguration.SIGN_IN)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.maxAge(Duration.ofMinutes(10))
			.build()
			.toString());
	}

}
