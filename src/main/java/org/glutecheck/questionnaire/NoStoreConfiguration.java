package org.glutecheck.questionnaire;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * No page that shows answers or results may be kept by the browser or anything between: Back
 * after "Start again" must show nothing of the last person.
 */
@Configuration(proxyBeanMethods = false)
class NoStoreConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor noStore = new WebContentInterceptor();
		noStore.addCacheMapping(CacheControl.noStore(), "/", "/check", "/check/**", "/results", "/results/**",
				"/check-in", "/check-in/**",
				"/start-again", "/start-again/**", "/deleted");
		registry.addInterceptor(noStore);
	}

}
