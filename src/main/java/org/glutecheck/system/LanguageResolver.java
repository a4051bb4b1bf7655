package org.glutecheck.system;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Which language a request is answered in. Pages: the language chosen with the switch (kept in a
 * cookie, never a session), else on a clinic tablet the clinic's language
 * ({@code glutecheck.kiosk.language}), else the browser's Accept-Language, else British English.
 * The JSON API and the FHIR definitions answer in the language their Accept-Language asks for,
 * whatever cookie comes along.
 */
public class LanguageResolver implements LocaleResolver {

	/** The cookie that remembers the choice: the language tag and nothing else. */
	public static final String COOKIE = "gc_lang";

	private static final String RESOLVED = LanguageResolver.class.getName() + ".locale";

	private final Languages languages;

	private final KioskProperties kiosk;

	LanguageResolver(Languages languages, KioskProperties kiosk) {
		this.languages = languages;
		this.kiosk = kiosk;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object resolved = request.getAttribute(RESOLVED);
		if (resolved instanceof Locale locale) {
			return locale;
		}
		Locale locale = resolve(request);
		request.setAttribute(RESOLVED, locale);
		return locale;
	}

	private Locale resolve(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (ApiPaths.contains(request.getRequestURI())) {
			return languages.preferred(accept).orElse(Languages.ENGLISH);
		}
		return chosen(request, languages)
			.or(() -> kiosk.enabled() ? languages.offered(kiosk.language()) : Optional.empty())
			.or(() -> languages.preferred(accept))
			.orElse(Languages.ENGLISH);
	}

	/** The language chosen with the switch, if its cookie names one on offer. */
	static Optional<Locale> chosen(HttpServletRequest request, Languages languages) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return languages.offered(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/**
	 * The switch: remembers an offered language in the cookie for a year (on a clinic tablet until
	 * it is handed back); null, or a language not on offer, forgets the choice.
	 */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Optional<Locale> offered = languages.offered(locale);
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(COOKIE, offered.map(Locale::toLanguageTag).orElse(""))
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax");
		if (offered.isEmpty()) {
			cookie.maxAge(Duration.ZERO);
		}
		else if (!kiosk.enabled()) {
			cookie.maxAge(Duration.ofDays(365));
		}
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
		request.setAttribute(RESOLVED, offered.orElseGet(() -> {
			request.removeAttribute(RESOLVED);
			return resolveLocale(request);
		}));
	}

}
