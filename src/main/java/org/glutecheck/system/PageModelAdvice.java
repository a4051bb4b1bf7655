package org.glutecheck.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the one page layout needs on every page, error pages included. */
@ControllerAdvice(annotations = Controller.class)
@EnableConfigurationProperties({ KioskProperties.class, ClinicTimeZone.class })
class PageModelAdvice {

	/**
	 * One language of the switch: its tag (for {@code lang} and {@code ?lang=}), its name in itself,
	 * whether the page is in it, and the address that shows this page in it.
	 */
	record Language(String tag, String name, boolean current, String href) {
	}

	private final KioskProperties kiosk;

	private final Languages languages;

	private final MessageSource messages;

	PageModelAdvice(KioskProperties kiosk, Languages languages, MessageSource messages) {
		this.kiosk = kiosk;
		this.languages = languages;
		this.messages = messages;
	}

	@ModelAttribute("kiosk")
	KioskProperties kiosk() {
		return kiosk;
	}

	/** The page's language as {@code <html lang>} has it. */
	@ModelAttribute("pageLanguage")
	String pageLanguage(Locale locale) {
		return languages.offered(locale).orElse(Languages.ENGLISH).toLanguageTag();
	}

	/**
	 * The language switch: each language with a link to this address in it. A page answered to a
	 * form (a question, the emergency page) switches through its own form instead, so that no
	 * answer is lost (the layout, with the model's languageForm and languageAction).
	 */
	@ModelAttribute("languageSwitch")
	List<Language> languageSwitch(Locale locale, HttpServletRequest request) {
		Locale current = languages.offered(locale).orElse(Languages.ENGLISH);
		Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = errorPath != null ? errorPath.toString() : request.getRequestURI();
		String query = errorPath != null ? null : request.getQueryString();
		return languages.all()
			.stream()
			.map(language -> new Language(language.toLanguageTag(), messages.getMessage("language.name", null, language),
					language.equals(current), href(path, query, language)))
			.toList();
	}

	private static String href(String path, String query, Locale language) {
		try {
			return UriComponentsBuilder.fromPath(path)
				.query(query)
				.replaceQueryParam(LanguageConfiguration.PARAMETER, language.toLanguageTag())
				.build()
				.toUriString();
		}
		catch (IllegalArgumentException odd) {
			return "/?" + LanguageConfiguration.PARAMETER + "=" + language.toLanguageTag();
		}
	}

}
