package org.glutecheck.questionnaire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The one way every page writes a date or a time, in the reader's language: in British English
 * "30 November 2026, 14:05", "Monday 30 November 2026", "14:05", and under a chart "30 Nov, 14:05";
 * in Spanish "30 de noviembre de 2026, 14:05", "lunes, 30 de noviembre de 2026", "14:05", "30 nov,
 * 14:05". A language without patterns of its own gets the British ones, in English. The result pages
 * and the clinic desk both use it, so the same moment reads the same everywhere. Without a locale:
 * the request's.
 */
public final class Times {

	/** A language's formats, built once: a pattern is parsed when its formatter is made. */
	private record Formats(DateTimeFormatter dateTime, DateTimeFormatter day, DateTimeFormatter shortDateTime) {

		static Formats of(String dateTime, String day, String shortDateTime, Locale locale) {
			return new Formats(DateTimeFormatter.ofPattern(dateTime, locale), DateTimeFormatter.ofPattern(day, locale),
					DateTimeFormatter.ofPattern(shortDateTime, locale));
		}

	}

	private static final Formats BRITISH = Formats.of("d MMMM yyyy, HH:mm", "EEEE d MMMM yyyy", "d MMM, HH:mm",
			Locale.UK);

	private static final Map<String, Formats> BY_LANGUAGE = Map.of("en", BRITISH, "es",
			Formats.of("d 'de' MMMM 'de' yyyy, HH:mm", "EEEE, d 'de' MMMM 'de' yyyy", "d MMM, HH:mm",
					Locale.forLanguageTag("es")));

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private Times() {
	}

	/** "30 November 2026, 14:05" */
	public static String dateTime(Instant instant, ZoneId zone) {
		return dateTime(instant, zone, LocaleContextHolder.getLocale());
	}

	public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
		return formats(locale).dateTime().withZone(zone).format(instant);
	}

	/** "30 Nov, 14:05": where there is little room, such as under a chart whose dates are written in full beside it. */
	public static String shortDateTime(Instant instant, ZoneId zone, Locale locale) {
		return formats(locale).shortDateTime().withZone(zone).format(instant);
	}

	/** "Monday 30 November 2026" */
	public static String day(LocalDate date) {
		return day(date, LocaleContextHolder.getLocale());
	}

	public static String day(LocalDate date, Locale locale) {
		return formats(locale).day().format(date);
	}

	/** "14:05", for a time on a day already named. */
	public static String time(Instant instant, ZoneId zone) {
		return TIME.withZone(zone).format(instant);
	}

	private static Formats formats(Locale locale) {
		return BY_LANGUAGE.getOrDefault(locale.getLanguage(), BRITISH);
	}

}
