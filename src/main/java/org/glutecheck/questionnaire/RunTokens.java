package org.glutecheck.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Signs and checks the run token: the proof, carried in every page's form, that the answers belong
 * to one sitting that started at a known time. It holds no answers. Any instance that shares the
 * configured secret can check it, so no server keeps state for a visitor. During a rotation of the
 * secret, tokens signed with the previous one are still accepted ({@link RunTokenProperties}).
 */
@Component
@EnableConfigurationProperties(RunTokenProperties.class)
class RunTokens {

	private static final Logger log = LoggerFactory.getLogger(RunTokens.class);

	private static final String VERSION = "r1";

	private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	/** During a rotation, the secret before: it still verifies, never signs. */
	private final Optional<SecretKeySpec> previousKey;

	private final Duration maxAge;

	private final Clock clock;

	RunTokens(RunTokenProperties properties, Clock clock) {
		this.key = new SecretKeySpec(secretBytes(properties.formSecret()), "HmacSHA256");
		this.previousKey = Optional.ofNullable(properties.formSecretPrevious())
			.map(previous -> new SecretKeySpec(previous.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		this.maxAge = properties.runMaxAge();
		this.clock = clock;
	}

	/** A token for a sitting that starts now. */
	String start() {
		byte[] nonce = new byte[12];
		RANDOM.nextBytes(nonce);
		String body = VERSION + "." + clock.millis() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
		return body + "." + sign(key, body);
	}

	/** When the sitting started, if the token is genuine and not too old; empty otherwise. */
	Optional<Instant> startOf(String token) {
		if (token == null || token.length() > 120) {
			return Optional.empty();
		}
		String[] parts = token.split("\\.");
		if (parts.length != 4 || !VERSION.equals(parts[0]) || !parts[1].matches("\\d{1,15}")) {
			return Optional.empty();
		}
		String body = parts[0] + "." + parts[1] + "." + parts[2];
		byte[] signature = parts[3].getBytes(StandardCharsets.US_ASCII);
		boolean genuine = MessageDigest.isEqual(sign(key, body).getBytes(StandardCharsets.US_ASCII), signature)
				|| previousKey.filter(previous -> MessageDigest
					.isEqual(sign(previous, body).getBytes(StandardCharsets.US_ASCII), signature))
					.isPresent();
		if (!genuine) {
			return Optional.empty();
		}
		Instant started = Instant.ofEpochMilli(Long.parseLong(parts[1]));
		Instant now = clock.instant();
		boolean current = !started.isAfter(now.plus(CLOCK_SKEW)) && !started.isBefore(now.minus(maxAge));
		return current ? Optional.of(started) : Optional.empty();
	}

	/**
	 * The SHA-256 of a run token, in hex: how the server finds what a sitting kept between its pages
	 * without keeping the token itself.
	 */
	static String key(String run) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/** How long a sitting may last; a reset must be remembered at least this long. */
	Duration maxAge() {
		return maxAge;
	}

	private static String sign(SecretKeySpec key, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] signature = mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static byte[] secretBytes(String secret) {
		if (secret != null && !secret.isBlank()) {
			return secret.getBytes(StandardCharsets.UTF_8);
		}
		log.warn("glutecheck.form-secret is not set, so this start made up a random one: questionnaires in progress "
				+ "end when the app restarts, and several instances cannot share a sitting. To fix it, set the "
				+ "environment variable GLUTECHECK_FORM_SECRET (or the property glutecheck.form-secret) to the same "
				+ "long random value on every instance; make one with: openssl rand -base64 32");
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return random;
	}

}
