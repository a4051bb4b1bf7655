package org.glutecheck.rulebook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
 */
@Configuration(proxyBeanMethods = false)
class RulebookConfiguration {

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
			@Value("${glutecheck.rulebook-releases:classpath*:rulebook/releases/*.yml}") String[] locations)
			throws IOException {
		ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(loader);
		List<Resource> releases = new ArrayList<>();
		for (String location : locations) {
			releases.addAll(List.of(resolver.getResources(location.trim())));
		}
		return RulebookReleases.of(rulebook, releases);
	}

	@Bean
	ConditionScorer conditionScorer(Rulebook rulebook) {
		return new ConditionScorer(rulebook);
	}

}
