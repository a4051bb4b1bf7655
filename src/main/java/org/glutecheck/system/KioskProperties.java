package org.glutecheck.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Clinic tablet mode: a shared device at a front desk. When enabled, the pages drop browser
 * autocomplete, warn after a spell of inactivity and then return to the start with every answer
 * gone, and end with "Hand the tablet back".
 *
 * @param enabled whether this instance serves a shared clinic tablet
 * @param idleWarningSeconds seconds without a touch or key before the "are you still there?" warning
 * @param idleResetSeconds seconds without a touch or key before everything is cleared
 */
@ConfigurationProperties("glutecheck.kiosk")
public record KioskProperties(boolean enabled, int idleWarningSeconds, int idleResetSeconds) {

	public KioskProperties {
		if (idleWarningSeconds <= 0) {
			idleWarningSeconds = 90;
		}
		if (idleResetSeconds <= idleWarningSeconds) {
			idleResetSeconds = Math.max(120, idleWarningSeconds + 30);
		}
	}

}
