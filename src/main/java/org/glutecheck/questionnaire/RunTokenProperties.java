package org.glutecheck.questionnaire;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The secret that signs the questionnaire's run tokens, and how long a sitting may last
 * ({@code glutecheck.form-secret}, {@code glutecheck.form-secret-previous}, {@code glutecheck.run-max-age}).
 *
 * @param formSecret signs every new run token; the same value on every instance, at least 32 bytes.
 * When empty, each start makes up its own (one instance only), unless {@code formSecretRequired}
 * @param formSecretPrevious during a rotation, the secret before: tokens it signed are still
 * accepted (never used to sign); remove it once a sitting's longest life has passed
 * @param runMaxAge how long one sitting may last before its pages are refused
 * @param formSecretRequired refuse to start without a secret (the postgres profile sets it: several
 * instances must share one)
 */
@ConfigurationProperties("glutecheck")
record RunTokenProperties(String formSecret, String formSecretPrevious, @DefaultValue("PT2H") Duration runMaxAge,
		boolean formSecretRequired) {

	/** HMAC-SHA256 keys shorter than its output add nothing but guessability. */
	static final int MIN_SECRET_BYTES = 32;

	RunTokenProperties {
		formSecret = blankToNull(formSecret);
		formSecretPrevious = blankToNull(formSecretPrevious);
		if (formSecret == null && formSecretRequired) {
			throw new IllegalArgumentException("glutecheck.form-secret is required here (profile postgres): set "
					+ "GLUTECHECK_FORM_SECRET to the same random value of at least " + MIN_SECRET_BYTES
					+ " bytes on every instance, for example from: openssl rand -base64 48");
		}
		check("glutecheck.form-secret", formSecret);
		check("glutecheck.form-secret-previous", formSecretPrevious);
		if (runMaxAge.isNegative() || runMaxAge.isZero()) {
			throw new IllegalArgumentException("glutecheck.run-max-age must be positive");
		}
	}

	/** Says which secrets are set, never what they are. */
	@Override
	public String toString() {
		return "RunTokenProperties[formSecret=" + (formSecret == null ? "none" : "set") + ", formSecretPrevious="
				+ (formSecretPrevious == null ? "none" : "set") + ", runMaxAge=" + runMaxAge + ", formSecretRequired="
				+ formSecretRequired + "]";
	}

	private static void check(String name, String secret) {
		if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
			throw new IllegalArgumentException(name + " must be at least " + MIN_SECRET_BYTES
					+ " bytes (for example from: openssl rand -base64 48); the one given is shorter");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
