package org.glutecheck.questionnaire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way every page writes a date or a time, in British English whatever the browser asks
 * for: "30 November 2026, 14:05", "Monday 30 November 2026", "14:05". The result pages and the
 * clinic desk both use it, so the same moment reads the same everywhere.
 */
public final class Times {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private Times() {
	}

	/** "30 November 2026, 14:05" */
	public static String dateTime(Instant instant, ZoneId zone) {
		return DATE_TIME.withZone(zone).format(instant);
	}

	/** "Monday 30 November 2026" */
	public static String day(LocalDate date) {
		return DAY.format(date);
	}

	/** "14:05", for a time on a day already named. */
	public static String time(Instant instant, ZoneId zone) {
		return TIME.withZone(zone).format(instant);
	}

}
