package org.glutecheck.rulebook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Loads the live rulebook and every earlier release once at start; an invalid one stops the start.
 * To change the rulebook, first copy {@code rulebook.yml} to {@code releases/<its version>.yml}, then
 * edit it and give it a new version: the assessments the old one made keep reading as they did.
 * Do the same with each translation: {@code rulebook_es.yml} to {@code releases/<its version>_es.yml}
 * (docs/translating.md).
 */
@Configuration(proxyBeanMethods = false)
class RulebookConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(RulebookConfiguration.class);

	@Bean
	Rulebook rulebook(@Value("${glutecheck.rulebook:classpath:rulebook/rulebook.yml}") Resource resource) {
		return RulebookLoader.load(resource);
	}

	/**
	 * @param locations where the released rulebooks are, comma-separated resource patterns (a test
	 * may add the shipped live rulebook as a release of a changed one)
	 */
	@Bean
	RulebookReleases rulebookReleases(Rulebook rulebook, ResourceLoader loader,
			@Value("${glutecheck.rulebook-releases:classpath*:rulebook/releases/*.yml}") String[] locations,
			@Value("${glutecheck.rulebook-translations:classpath*:rulebook/rulebook_*.yml,classpath*:rulebook/releases/*_*.yml}") String[] translations)
			throws IOException {
		ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(loader);
		RulebookReleases releases = RulebookReleases.of(rulebook, resources(resolver, locations),
				resources(resolver, translations));
		for (String language : releases.languages()) {
			List<String> missing = releases.untranslated(rulebook.version(), language);
			if (!missing.isEmpty()) {
				LOG.warn("The live rulebook {} has {} texts without a {} translation, shown in English: {}",
						rulebook.version(), missing.size(), language, missing);
			}
		}
		return releases;
	}

	private static List<Resource> resources(ResourcePatternResolver resolver, String[] locations) throws IOException {
		List<Resource> resources = new ArrayList<>();
		for (String location : locations) {
			resources.addAll(List.of(resolver.getResources(location.trim())));
		}
		return resources;
	}

	@Bean
	ConditionScorer conditionScorer(Rulebook rulebook) {
		return new ConditionScorer(rulebook);
	}

}
