package org.glutecheck.rulebook;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Loads the rulebook once at start; an invalid rulebook stops the start. */
@Configuration(proxyBeanMethods = false)
class RulebookConfiguration {

	@Bean
	Rulebook rulebook(@Value("${glutecheck.rulebook:classpath:rulebook/rulebook.yml}") Resource resource) {
		return RulebookLoader.load(resource);
	}

	@Bean
	ConditionScorer conditionScorer(Rulebook rulebook) {
		return new ConditionScorer(rulebook);
	}

}
