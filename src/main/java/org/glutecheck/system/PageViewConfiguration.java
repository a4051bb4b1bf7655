package org.glutecheck.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Pages are shown through {@link EncodedPageView}. Spring Boot's Thymeleaf view resolver is kept
 * with every setting it takes from {@code spring.thymeleaf.*}; only the class of its views changes.
 */
@Configuration(proxyBeanMethods = false)
class PageViewConfiguration {

	@Bean
	static BeanPostProcessor encodedPageViews() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setViewClass(EncodedPageView.class);
				}
				return bean;
			}
		};
	}

}
