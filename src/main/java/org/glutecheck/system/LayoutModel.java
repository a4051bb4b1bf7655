package org.glutecheck.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the one page layout needs on every page, error pages included, added to the model of each
 * page a controller renders. Only pages: an answer written by the controller itself (the JSON API,
 * a CSV file) or a redirect has no layout, so nothing is worked out for it (docs/performance.md).
 */
@Component
@EnableConfigurationProperties({ KioskProperties.class, ClinicTimeZone.class })
public class LayoutModel implements HandlerInterceptor, WebMvcConfigurer {

	/**
	 * One language of the switch: its tag (for {@code lang} and {@code ?lang=}), its name in itself,
	 * whether the page is in it, and the address that shows this page in it.
	 */
	record Language(String tag, String name, boolean current, String href) {
	}

	private final KioskProperties kiosk;

	private final Languages languages;

	private final MessageSource messages;

	LayoutModel(KioskProperties kiosk, Languages languages, MessageSource messages) {
		this.kiosk = kiosk;
		this.languages = languages;
		this.messages = messages;
	}

	/**
	 * Whether the handler answered with a page to render: a view that is not a redirect. Its model
	 * is shown by the layout; anything else has no layout.
	 */
	public static boolean isPage(ModelAndView answer) {
		if (answer == null || !answer.hasView()) {
			return false;
		}
		String name = answer.getViewName();
		return name != null ? !name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX)
				: !(answer.getView() instanceof RedirectView);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView answer) {
		if (!isPage(answer)) {
			return;
		}
		Locale current = languages.offered(RequestContextUtils.getLocale(request)).orElse(Languages.ENGLISH);
		answer.getModelMap().putIfAbsent("kiosk", kiosk);
		// The page's language as <html lang> has it.
		answer.getModelMap().putIfAbsent("pageLanguage", current.toLanguageTag());
		answer.getModelMap().putIfAbsent("languageSwitch", languageSwitch(current, request));
	}

	/**
	 * The language switch: each language with a link to this address in it. A page answered to a
	 * form (a question, the emergency page) switches through its own form instead, so that no
	 * answer is lost (the layout, with the model's languageForm and languageAction).
	 */
	private List<Language> languageSwitch(Locale current, HttpServletRequest request) {
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
