package org.glutecheck.desk;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a member of staff's username and password against {@link StaffAccounts}, and refuses
 * without checking while {@link SignInThrottle} has sign-in paused for that username or address.
 * The only authentication in the application (so Spring Boot makes no default user).
 */
@Component
class StaffAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	StaffAuthentication(StaffAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(accounts::load);
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
		var pause = throttle.pausedFor(username, address);
		if (pause.isPresent()) {
			throw new SignInPausedException(pause.get());
		}
		try {
			Authentication signedIn = passwords.authenticate(attempt);
			throttle.succeeded(username, address);
			return signedIn;
		}
		catch (AuthenticationException wrong) {
			throttle.failed(username, address);
			// The attempt that starts a pause says so at once, rather than on the next try.
			throw throttle.pausedFor(username, address).<AuthenticationException>map(SignInPausedException::new)
				.orElse(wrong);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
