package org.glutecheck.system;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * Clinic tablet mode: a shared device at a front desk. When enabled, the pages drop browser
 * autocomplete, warn after a spell of inactivity and then return to the start with every answer
 * gone, and end with "Hand the tablet back".
 *
 * @param enabled whether this instance serves a shared clinic tablet
 * @param idleWarningSeconds seconds without a touch or key before the "are you still there?" warning
 * @param idleResetSeconds seconds without a touch or key before everything is cleared
 * @param language the language the tablet speaks to each new person until they choose another with
 * the switch (a language tag such as {@code es}; one the site offers), instead of the tablet
 * browser's own; unset, the browser's
 */
@ConfigurationProperties("glutecheck.kiosk")
@Validated
public record KioskProperties(boolean enabled, int idleWarningSeconds, int idleResetSeconds,
		@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as es or en-GB") String language) {

	/** A tablet that speaks the browser's language. */
	public KioskProperties(boolean enabled, int idleWarningSeconds, int idleResetSeconds) {
		this(enabled, idleWarningSeconds, idleResetSeconds, null);
	}

	@ConstructorBinding
	public KioskProperties {
		if (language != null && language.isBlank()) {
			language = null;
		}
		if (idleWarningSeconds <= 0) {
			idleWarningSeconds = 90;
		}
		if (idleResetSeconds <= idleWarningSeconds) {
			idleResetSeconds = Math.max(120, idleWarningSeconds + 30);
		}
	}

}
