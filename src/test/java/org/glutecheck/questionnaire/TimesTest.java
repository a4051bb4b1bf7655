package org.glutecheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Every page writes a moment the same way, in the reader's language, in the clinic's time zone. */
class TimesTest {

	private static final Instant MOMENT = Instant.parse("2026-11-30T14:05:00Z");

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Test
	void britishEnglishWritesTheDayBeforeTheMonth() {
		assertThat(Times.dateTime(MOMENT, LONDON, Locale.UK)).isEqualTo("30 November 2026, 14:05");
		assertThat(Times.shortDateTime(MOMENT, LONDON, Locale.UK)).isEqualTo("30 Nov, 14:05");
		assertThat(Times.day(LocalDate.of(2026, 11, 30), Locale.UK)).isEqualTo("Monday 30 November 2026");
		assertThat(Times.time(MOMENT, LONDON)).isEqualTo("14:05");
	}

	@Test
	void spanishHasItsOwnPatternsWhateverTheRegion() {
		for (Locale spanish : new Locale[] { Locale.forLanguageTag("es"), Locale.forLanguageTag("es-MX") }) {
			assertThat(Times.dateTime(MOMENT, LONDON, spanish)).isEqualTo("30 de noviembre de 2026, 14:05");
			assertThat(Times.day(LocalDate.of(2026, 11, 30), spanish)).isEqualTo("lunes, 30 de noviembre de 2026");
		}
	}

	@Test
	void anotherLanguageGetsTheBritishOnesInEnglish() {
		assertThat(Times.dateTime(MOMENT, LONDON, Locale.US)).isEqualTo("30 November 2026, 14:05");
		assertThat(Times.dateTime(MOMENT, LONDON, Locale.FRENCH)).isEqualTo("30 November 2026, 14:05");
	}

	@Test
	void theMomentIsWrittenInTheClinicsZone() {
		assertThat(Times.dateTime(MOMENT, ZoneId.of("America/New_York"), Locale.UK)).isEqualTo("30 November 2026, 09:05");
	}

}
