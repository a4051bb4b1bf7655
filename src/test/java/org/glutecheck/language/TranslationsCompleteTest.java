package org.glutecheck.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.RulebookLoader;
import org.glutecheck.rulebook.RulebookReleases;
import org.glutecheck.system.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every language is complete: every page word of messages.properties in each messages_xx.properties
 * (with the same arguments, and nothing else), every text of the live rulebook and of each shipped
 * release in each rulebook translation, and each offered language has both sets of files.
 */
class TranslationsCompleteTest {

	private static final PathMatchingResourcePatternResolver FILES = new PathMatchingResourcePatternResolver();

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	@Test
	void everyPageWordHasEveryLanguage() throws IOException {
		Properties english = properties(new ClassPathResource("messages.properties"));
		List<Locale> languages = Languages.fromClasspath().all();
		assertThat(languages).extracting(Locale::toLanguageTag).contains("en-GB", "es");
		for (Locale language : languages.subList(1, languages.size())) {
			Properties translated = properties(new ClassPathResource("messages_" + language.toLanguageTag() + ".properties"));
			assertThat(translated.stringPropertyNames()).as("keys of messages_%s.properties", language)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			for (String key : english.stringPropertyNames()) {
				assertThat(arguments(translated.getProperty(key))).as("the arguments of %s in %s", key, language)
					.isEqualTo(arguments(english.getProperty(key)));
				assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank();
			}
			for (Locale each : languages) {
				assertThat(english.getProperty("language.review." + each.toLanguageTag()))
					.as("what the privacy page says of %s's review", each)
					.isNotNull();
			}
		}
	}

	@Test
	void everyRulebookTextHasEveryLanguage() throws IOException {
		Rulebook live = RulebookLoader.load(new ClassPathResource("rulebook/rulebook.yml"));
		List<Resource> releases = List.of(FILES.getResources("classpath*:rulebook/releases/*.yml"));
		List<Resource> translations = new ArrayList<>(List.of(FILES.getResources("classpath*:rulebook/rulebook_*.yml")));
		translations.addAll(List.of(FILES.getResources("classpath*:rulebook/releases/*_*.yml")));
		RulebookReleases all = RulebookReleases.of(live, releases, translations);

		List<Locale> languages = Languages.fromClasspath().all();
		Set<String> offered = new TreeSet<>();
		languages.subList(1, languages.size()).forEach(l -> offered.add(l.getLanguage()));
		assertThat(all.languages()).as("languages with page words and rulebook texts").isEqualTo(offered);
		for (String language : all.languages()) {
			assertThat(all.untranslated(live.version(), language))
				.as("texts of the live rulebook %s without a %s translation", live.version(), language)
				.isEmpty();
			for (Resource release : releases) {
				if (release.getFilename().contains("_")) {
					continue;
				}
				String version = RulebookLoader.loadRelease(release).version();
				assertThat(all.untranslated(version, language))
					.as("texts of release %s that would read in English in %s", version, language)
					.isEmpty();
			}
		}
	}

	@Test
	void aTranslationOfOtherWordsIsNeverShown() {
		Rulebook live = RulebookLoader.load(new ClassPathResource("rulebook/rulebook.yml"));
		RulebookReleases all = RulebookReleases.of(live, List.of(new ClassPathResource("rulebook/releases/2026.11.2.yml")),
				List.of(new ClassPathResource("rulebook/rulebook_es.yml")));
		// Without its own file, release 2026.11.2 borrows the live Spanish only where its English is
		// the same word for word; its six other texts stay in English.
		assertThat(all.untranslated("2026.11.2", "es")).containsExactlyInAnyOrder("triage.YOUNG_PERSON_HIP_PAIN.reason",
				"condition.GLUTEAL_INHIBITION.explanation", "condition.GLUTEAL_INHIBITION.selfCare",
				"condition.GLUTEAL_INHIBITION.seeAClinicianIf", "condition.PIRIFORMIS_SYNDROME.explanation",
				"condition.PIRIFORMIS_SYNDROME.selfCare");
		Rulebook november = all.version("2026.11.2", Locale.forLanguageTag("es")).orElseThrow();
		assertThat(november.condition("PIRIFORMIS_SYNDROME").orElseThrow().explanation())
			.isEqualTo(all.version("2026.11.2").orElseThrow().condition("PIRIFORMIS_SYNDROME").orElseThrow().explanation());
		assertThat(november.condition("PIRIFORMIS_SYNDROME").orElseThrow().name()).isEqualTo("Síndrome del piriforme");
		// English asked for, or a language without a translation: the original.
		assertThat(all.version(live.version(), Locale.forLanguageTag("fr"))).containsSame(live);
		assertThat(all.live(Locale.UK)).isSameAs(live);
	}

	private static Set<String> arguments(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties properties(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
