package org.glutecheck.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Which languages are offered, and how a browser's Accept-Language picks one. */
class LanguagesTest {

	private final Languages languages = Languages.fromClasspath();

	@Test
	void britishEnglishFirstThenEveryLanguageWithPageWords() {
		assertThat(languages.all()).extracting(Locale::toLanguageTag).containsExactly("en-GB", "es");
	}

	@Test
	void acceptLanguagePicksTheFirstOfferedByWeight() {
		assertThat(languages.preferred("es-AR,es;q=0.9,en;q=0.8")).hasValue(Locale.forLanguageTag("es"));
		assertThat(languages.preferred("de, en-US;q=0.7, es;q=0.5")).hasValue(Languages.ENGLISH);
		assertThat(languages.preferred("fr, de")).isEmpty();
		assertThat(languages.preferred("*")).isEmpty();
		assertThat(languages.preferred("es;q=0")).isEmpty();
		assertThat(languages.preferred("not a ; header ;; q=x")).isEmpty();
		assertThat(languages.offered("es-MX")).hasValue(Locale.forLanguageTag("es"));
		assertThat(languages.offered("xx")).isEmpty();
	}

	@Test
	void aClinicTabletCanOnlyBeSetToALanguageOnOffer() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new LanguageConfiguration(new KioskProperties(true, 90, 120, "fr")).languages())
			.withMessageContaining("glutecheck.kiosk.language=fr is not a language this build offers: [en-GB, es]");
		assertThat(new LanguageConfiguration(new KioskProperties(true, 90, 120, "es")).languages().all()).hasSize(2);
		assertThat(new KioskProperties(true, 90, 120, " ").language()).isNull();
		assertThat(new Languages(List.of()).all()).containsExactly(Languages.ENGLISH);
	}

}
