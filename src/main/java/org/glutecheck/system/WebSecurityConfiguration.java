package org.glutecheck.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Who may do what, with the headers every response carries ({@link SecurityHeaders}). Everything here is public; the staff
 * pages (/desk/**) and the actuator beyond health and info have chains of their own, ordered before
 * these (org.glutecheck.desk.DeskSecurityConfiguration). These chains never create an HTTP
 * session: the questionnaire carries its answers in its forms, so any number of instances can serve
 * the same person. Forms are protected against cross-site posts by a token kept in an HttpOnly
 * cookie; the JSON API and FHIR are stateless and take no cookies, so they need no such token.
 */
@Configuration(proxyBeanMethods = false)
public class WebSecurityConfiguration {

	/**
	 * Sign-ins are observed (their metrics are under /actuator/metrics); the filter chain and the
	 * authorization of every request are not. Observed, each request built and recorded an
	 * observation, a counter and a set of tags for each of the chain's filters, twice: about 60 %
	 * of what a results page allocated, and 4 % of its time (docs/performance.md). The time of
	 * every request is still measured as a whole (http.server.requests).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain swaggerUi(HttpSecurity http) {
		common(http.securityMatcher("/swagger-ui/**", "/swagger-ui.html"), SecurityHeaders.SWAGGER_CONTENT_SECURITY_POLICY);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain site(HttpSecurity http) {
		common(http, SecurityHeaders.CONTENT_SECURITY_POLICY);
		return http.build();
	}

	private static void common(HttpSecurity http, String contentSecurityPolicy) {
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()).ignoringRequestMatchers(ApiPaths.PATTERNS))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.headers(SecurityHeaders.pages(contentSecurityPolicy));
	}

}
