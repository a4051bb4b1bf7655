package org.glutecheck.desk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The first staff account, made in a browser against the running app: while no account exists, each
 * start logs a one-time setup link (/desk/setup?token=...). The token is random, works once, for an
 * hour, only on the instance that logged it (it lives in that instance's memory), and only while
 * there is still no account, so it can never add a second one. Whoever can read the server's log is
 * already trusted with the server.
 */
@Component
class StaffSetup {

	static final Duration VALID_FOR = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(StaffSetup.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StaffAccounts accounts;

	private final Clock clock;

	/** The token's SHA-256 (never the token itself) and when it expires; null when there is none. */
	private byte[] tokenHash;

	private Instant expires;

	StaffSetup(StaffAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener
	void started(ApplicationReadyEvent ready) {
		Environment environment = ready.getApplicationContext().getEnvironment();
		String port = environment.getProperty("local.server.port");
		if (port != null && !accounts.any()) {
			log.warn("No staff account yet. To make the first one, open http://localhost:{}/desk/setup?token={} "
					+ "(works once, for {} minutes, on this instance only; after that, restart the app for a new link "
					+ "or use --glutecheck.staff.add, see docs/deployment.md)", port, issue(), VALID_FOR.toMinutes());
		}
	}

	/** A new token, replacing any earlier one. */
	synchronized String issue() {
		byte[] token = new byte[32];
		RANDOM.nextBytes(token);
		String text = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
		tokenHash = hash(text);
		expires = clock.instant().plus(VALID_FOR);
		return text;
	}

	/** Whether this token may still make the first account. */
	synchronized boolean valid(String token) {
		return tokenHash != null && token != null && clock.instant().isBefore(expires)
				&& MessageDigest.isEqual(tokenHash, hash(token)) && !accounts.any();
	}

	/** Makes the first account and spends the token; false when the token is not (or no longer) valid. */
	synchronized boolean createFirst(String token, String username, String password) {
		if (!valid(token)) {
			return false;
		}
		accounts.save(username, password);
		tokenHash = null;
		return true;
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
