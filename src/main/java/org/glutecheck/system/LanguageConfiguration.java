package org.glutecheck.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The reader's language on every request (docs/translating.md): {@link LanguageResolver} decides it,
 * {@code ?lang=es} on any address (the switch on every page) changes it, and every answer says it in
 * Content-Language. On a clinic tablet, handing the tablet back ({@code /start-again}) also forgets
 * the last person's choice, so the next one starts in the clinic's language.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	/** The query parameter of the language switch. */
	static final String PARAMETER = "lang";

	private final KioskProperties kiosk;

	LanguageConfiguration(KioskProperties kiosk) {
		this.kiosk = kiosk;
	}

	@Bean
	Languages languages() {
		Languages languages = Languages.fromClasspath();
		if (kiosk.language() != null && languages.offered(kiosk.language()).isEmpty()) {
			throw new IllegalStateException("glutecheck.kiosk.language=" + kiosk.language()
					+ " is not a language this build offers: " + languages.all().stream().map(Locale::toLanguageTag).toList());
		}
		return languages;
	}

	/** Named as DispatcherServlet looks it up, which replaces Spring Boot's Accept-Language-only one. */
	@Bean
	LocaleResolver localeResolver(Languages languages) {
		return new LanguageResolver(languages, kiosk);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (kiosk.enabled() && "/start-again".equals(request.getRequestURI())) {
					RequestContextUtils.getLocaleResolver(request).setLocale(request, response, null);
				}
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, RequestContextUtils.getLocale(request).toLanguageTag());
				return true;
			}
		});
	}

}
