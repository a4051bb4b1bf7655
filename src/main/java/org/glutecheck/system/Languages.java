package org.glutecheck.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The languages the site speaks: British English, in which every text is written first, and each
 * language that has a {@code messages_<tag>.properties} (docs/translating.md). Adding that file,
 * with the rulebook's translation beside it, is all it takes for a language to be offered.
 */
public final class Languages {

	/** The language every text is written in first, and the one spoken when nothing else fits. */
	public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

	private static final Pattern MESSAGES = Pattern.compile("messages_([a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\\.properties");

	private final List<Locale> all;

	Languages(List<Locale> translations) {
		List<Locale> all = new ArrayList<>();
		all.add(ENGLISH);
		translations.stream()
			.filter(locale -> !locale.getLanguage().equals(ENGLISH.getLanguage()))
			.sorted(Comparator.comparing(Locale::toLanguageTag))
			.forEach(all::add);
		this.all = List.copyOf(all);
	}

	/** English and every language with page words on the classpath. */
	public static Languages fromClasspath() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:messages_*.properties");
			List<Locale> found = new ArrayList<>();
			for (Resource file : files) {
				Matcher name = MESSAGES.matcher(String.valueOf(file.getFilename()));
				if (name.matches()) {
					Locale locale = Locale.forLanguageTag(name.group(1).replace('_', '-'));
					if (found.stream().noneMatch(locale::equals)) {
						found.add(locale);
					}
				}
			}
			return new Languages(found);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every language offered, English first. */
	public List<Locale> all() {
		return all;
	}

	/** The offered language that this tag or locale names (by its language: "es-MX" is Spanish). */
	public Optional<Locale> offered(String tag) {
		if (tag == null || tag.isBlank() || tag.length() > 35) {
			return Optional.empty();
		}
		return offered(Locale.forLanguageTag(tag.strip()));
	}

	public Optional<Locale> offered(Locale locale) {
		if (locale == null || locale.getLanguage().isEmpty()) {
			return Optional.empty();
		}
		return all.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst();
	}

	/** The offered language a browser's Accept-Language prefers most, if it names any. */
	public Optional<Locale> preferred(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Optional.empty();
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
				if (range.getWeight() <= 0 || range.getRange().equals("*")) {
					continue;
				}
				Optional<Locale> offered = offered(range.getRange());
				if (offered.isPresent()) {
					return offered;
				}
			}
		}
		catch (IllegalArgumentException malformed) {
			// A malformed header asks for nothing in particular.
		}
		return Optional.empty();
	}

}
