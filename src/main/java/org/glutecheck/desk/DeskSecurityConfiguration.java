package org.glutecheck.desk;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.glutecheck.system.SecurityHeaders;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The staff side: the desk pages behind a sign-in, and the actuator beyond health and info. These
 * are the only requests that may have a session: it is made when someone signs in, never for a
 * visitor (a failed sign-in and the sign-in page make none). Someone not signed in who asks for a
 * page is sent to the sign-in page; anything else (JSON, CSV, metrics) is answered 401. Every
 * response carries the same security headers as the public pages, and, as Spring Security's
 * default, Cache-Control: no-store.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ StaffProperties.class, DeskProperties.class })
class DeskSecurityConfiguration {

	static final String SIGN_IN = "/desk/sign-in";

	@Bean
	@Order(0)
	SecurityFilterChain deskChain(HttpSecurity http, SignInFailures failures) {
		RequestMatcher notAPage = new NegatedRequestMatcher(pages());
		http.securityMatcher("/desk/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(SIGN_IN, StaffSetupController.SETUP).permitAll()
				.anyRequest()
				.hasRole(StaffAccounts.ROLE))
			.formLogin(form -> form.loginPage(SIGN_IN)
				.loginProcessingUrl(SIGN_IN)
				.defaultSuccessUrl("/desk", true)
				.failureHandler(failures))
			.logout(logout -> logout.logoutUrl("/desk/sign-out").logoutSuccessUrl(SIGN_IN + "?signed-out"))
			// Only a successful sign-in makes a session: no saved request, nothing stored on failure.
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(DeskSecurityConfiguration::unauthorized, notAPage));
		return headersAndCsrf(http).build();
	}

	@Bean
	@Order(-1)
	SecurityFilterChain actuatorChain(HttpSecurity http) {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
				.permitAll()
				.anyRequest()
				.hasRole(StaffAccounts.ROLE))
			// A signed-in member of staff's session is read, never made here.
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(DeskSecurityConfiguration::unauthorized));
		return headersAndCsrf(http).build();
	}

	/**
	 * 401 through the error page, so that the answer is a problem document (or, for a browser that
	 * asked for something other than a page, the error page), with every security header, never empty.
	 */
	private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException notSignedIn) throws IOException {
		response.sendError(HttpStatus.UNAUTHORIZED.value());
	}

	/** BCrypt for every new hash; a hash with no {id} prefix is read as BCrypt too. */
	@Bean
	PasswordEncoder passwordEncoder() {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt));
		encoder.setDefaultPasswordEncoderForMatches(bcrypt);
		return encoder;
	}

	/** What a browser asks for when it wants a page (and never what fetch or curl ask for by default). */
	private static RequestMatcher pages() {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return html;
	}

	private static HttpSecurity headersAndCsrf(HttpSecurity http) {
		return http.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.headers(SecurityHeaders.pages());
	}

}
