package org.glutecheck.desk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clinic desk's settings ({@code glutecheck.desk.*}); its time zone is the clinic's
 * ({@link org.glutecheck.system.ClinicTimeZone}).
 *
 * @param pollSeconds how often an open desk page asks whether anything changed (with JavaScript)
 * @param refreshSeconds how often the list page reloads itself where JavaScript is off
 * @param listLimit the most assessments one list page shows
 * @param exportMaxDays the longest date range one CSV export may cover
 * @param exportMaxRows the most assessments one CSV export may hold
 */
@ConfigurationProperties("glutecheck.desk")
record DeskProperties(@DefaultValue("5") int pollSeconds, @DefaultValue("30") int refreshSeconds,
		@DefaultValue("500") int listLimit, @DefaultValue("366") int exportMaxDays,
		@DefaultValue("50000") int exportMaxRows) {

	DeskProperties {
		if (pollSeconds < 1 || refreshSeconds < 1 || listLimit < 1 || exportMaxDays < 1 || exportMaxRows < 1) {
			throw new IllegalArgumentException("glutecheck.desk.* counts and intervals must be at least 1");
		}
	}

}
