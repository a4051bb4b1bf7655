package org.glutecheck.rulebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.Resource;

/**
 * Every rulebook version that has made assessments: the live one, which makes new ones, and each
 * earlier release, kept in the jar so that a saved assessment is always shown with the texts of the
 * version that made it. All are loaded and checked at start, so a broken release stops the start
 * instead of failing the day someone opens an old result.
 *
 * <p>Each version can also be read in every language that has translation files
 * ({@link RulebookTranslation}). A text with no translation of its own version takes the
 * translation of the same id from another version whose English is word for word the same, and
 * otherwise stays in English, so a translation of other words is never shown. The live version's
 * translations must be complete: the start logs what is missing and the build's tests fail on it
 * (docs/translating.md).
 */
public final class RulebookReleases {

	private final Rulebook live;

	private final Map<String, Rulebook> byVersion;

	/** language, then version: the rulebook with its texts in that language. */
	private final Map<String, Map<String, Rulebook>> translated;

	/** language, then version: the ids of the texts still in English. */
	private final Map<String, Map<String, List<String>>> untranslated;

	private RulebookReleases(Rulebook live, Map<String, Rulebook> byVersion,
			Map<String, Map<String, Rulebook>> translated, Map<String, Map<String, List<String>>> untranslated) {
		this.live = live;
		this.byVersion = Map.copyOf(byVersion);
		this.translated = translated;
		this.untranslated = untranslated;
	}

	/**
	 * The live rulebook and the releases in these files. A version may appear only once: a release
	 * keeps the version it was released with, and a changed live rulebook needs a new one, or two
	 * different texts would claim the same saved assessments. Translation files among them
	 * ({@code <version>_<language>.yml}) are skipped here.
	 */
	public static RulebookReleases of(Rulebook live, List<Resource> releases) {
		return of(live, releases, List.of());
	}

	/** As {@link #of(Rulebook, List)}, with the texts of these translation files. */
	public static RulebookReleases of(Rulebook live, List<Resource> releases, List<Resource> translations) {
		Map<String, Rulebook> byVersion = new LinkedHashMap<>();
		Map<String, String> fileOf = new LinkedHashMap<>();
		byVersion.put(live.version(), live);
		fileOf.put(live.version(), "the live rulebook");
		for (Resource resource : releases) {
			if (RulebookTranslation.isTranslation(resource)) {
				continue;
			}
			Rulebook release = RulebookLoader.loadRelease(resource);
			String earlier = fileOf.putIfAbsent(release.version(), resource.getDescription());
			if (earlier != null) {
				throw new RulebookException(resource.getDescription(),
						List.of("version " + release.version() + " is already the version of " + earlier));
			}
			byVersion.put(release.version(), release);
		}
		Map<String, Map<String, Map<String, Object>>> files = new HashMap<>();
		for (Resource resource : translations) {
			RulebookTranslation translation = RulebookTranslation.load(resource);
			List<String> problems = new ArrayList<>();
			Rulebook original = byVersion.get(translation.translates());
			if (original == null) {
				problems.add("translates " + translation.translates() + ", a version this build does not have");
			}
			else {
				check(translation, RulebookTexts.of(original), problems);
			}
			if (files.computeIfAbsent(translation.language(), l -> new HashMap<>())
				.putIfAbsent(translation.translates(), translation.texts()) != null) {
				problems.add("a second " + translation.language() + " translation of " + translation.translates());
			}
			if (!problems.isEmpty()) {
				throw new RulebookException(resource.getDescription(), problems);
			}
		}
		Map<String, Map<String, Rulebook>> translated = new HashMap<>();
		Map<String, Map<String, List<String>>> untranslated = new HashMap<>();
		for (String language : files.keySet()) {
			Map<String, Rulebook> versions = new HashMap<>();
			Map<String, List<String>> missing = new HashMap<>();
			byVersion.forEach((version, english) -> {
				List<String> stillEnglish = new ArrayList<>();
				Map<String, Object> texts = resolve(version, english, byVersion, files.get(language), stillEnglish);
				versions.put(version, RulebookTexts.with(english, texts));
				missing.put(version, List.copyOf(stillEnglish));
			});
			translated.put(language, Map.copyOf(versions));
			untranslated.put(language, Map.copyOf(missing));
		}
		return new RulebookReleases(live, byVersion, Map.copyOf(translated), Map.copyOf(untranslated));
	}

	/** Every id known, no list of a different length, nothing blank. */
	private static void check(RulebookTranslation translation, Map<String, Object> english, List<String> problems) {
		translation.texts().forEach((id, text) -> {
			Object original = english.get(id);
			if (original == null) {
				problems.add(id + ": no text of version " + translation.translates() + " has this id");
			}
			else if (original instanceof List<?> list) {
				if (!(text instanceof List<?> given) || given.size() != list.size()
						|| given.stream().anyMatch(item -> !(item instanceof String s) || s.isBlank())) {
					problems.add(id + ": needs a list of " + list.size() + " texts, as in English");
				}
			}
			else if (!(text instanceof String s) || s.isBlank()) {
				problems.add(id + ": needs a text");
			}
		});
	}

	/** Each text of a version in a language: its own translation, the same English's, or the English. */
	private static Map<String, Object> resolve(String version, Rulebook english, Map<String, Rulebook> byVersion,
			Map<String, Map<String, Object>> files, List<String> stillEnglish) {
		Map<String, Object> own = files.getOrDefault(version, Map.of());
		Map<String, Object> originals = RulebookTexts.of(english);
		Map<String, Object> texts = new LinkedHashMap<>();
		originals.forEach((id, original) -> {
			Object text = own.get(id);
			if (text == null) {
				// The live version first, then the releases in the order they were given.
				text = byVersion.keySet()
					.stream()
					.filter(other -> !other.equals(version) && files.containsKey(other) && files.get(other).containsKey(id))
					.filter(other -> Objects.equals(RulebookTexts.of(byVersion.get(other)).get(id), original))
					.map(other -> files.get(other).get(id))
					.findFirst()
					.orElse(null);
			}
			if (text == null) {
				stillEnglish.add(id);
				text = original;
			}
			texts.put(id, text);
		});
		return texts;
	}

	/** The rulebook that makes new assessments. */
	public Rulebook live() {
		return live;
	}

	/** The live rulebook with its texts in this locale's language, or in English when it has none. */
	public Rulebook live(Locale locale) {
		return version(live.version(), locale).orElse(live);
	}

	/** The rulebook of this version, live or released; empty when no such version was ever shipped here. */
	public Optional<Rulebook> version(String version) {
		return Optional.ofNullable(byVersion.get(version));
	}

	/**
	 * The rulebook of this version with its texts in this locale's language; in English when the
	 * language has no translation (or the locale is null).
	 */
	public Optional<Rulebook> version(String version, Locale locale) {
		Map<String, Rulebook> inLanguage = locale == null ? null : translated.get(locale.getLanguage());
		return inLanguage == null ? version(version) : Optional.ofNullable(inLanguage.get(version));
	}

	/** The languages the rulebook's texts are translated into (English, the original, not among them). */
	public Set<String> languages() {
		return new TreeSet<>(translated.keySet());
	}

	/** The ids of this version's texts that read in English in this language, for lack of a translation. */
	public List<String> untranslated(String version, String language) {
		return untranslated.getOrDefault(language, Map.of()).getOrDefault(version, List.of());
	}

}
