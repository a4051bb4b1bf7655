package org.glutecheck.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The clinic's time zone ({@code glutecheck.desk.time-zone}): what "today" means at the desk and how
 * every page shows a time, so a result and the desk give the same time. The server's own zone unless
 * set.
 */
@ConfigurationProperties("glutecheck.desk")
public record ClinicTimeZone(ZoneId timeZone) {

	public ClinicTimeZone {
		timeZone = timeZone == null ? ZoneId.systemDefault() : timeZone;
	}

}
