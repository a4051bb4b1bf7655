package org.glutecheck.desk;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String why = failure instanceof SignInPausedException paused
				? "wait=" + Math.max(1, (paused.getWait().toSeconds() + 59) / 60) : "error";
		redirect.sendRedirect(request, response, DeskSecurityConfiguration.SIGN_IN + "?" + why);
	}

}
