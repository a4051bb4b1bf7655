package org.glutecheck.desk;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Sign-in was refused without looking at the password, because too many were wrong in a row. */
class SignInPausedException extends AuthenticationException {

	private final transient Duration wait;

	SignInPausedException(Duration wait) {
		super("Sign-in paused after too many wrong passwords");
		this.wait = wait;
	}

	Duration getWait() {
		return wait;
	}

}
