package org.glutecheck.assessment;

import java.io.IOException;
import java.util.List;

import org.glutecheck.rulebook.RulebookLoader;
import org.glutecheck.rulebook.RulebookReleases;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Migration V7 and what it needs, for JPA slice tests: V7 is a Spring bean, which a slice does not
 * scan for, and without it the slice's schema would stop at V5.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ V7__LeanAssessments.class, AssessmentRenderer.class })
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
class LeanStorageMigration {

	@Bean
	RulebookReleases rulebookReleases() throws IOException {
		return RulebookReleases.of(RulebookLoader.load(new ClassPathResource("rulebook/rulebook.yml")),
				List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:rulebook/releases/*.yml")));
	}

}
