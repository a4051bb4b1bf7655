package org.glutecheck.system;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * What the server answers for errors the application never sees: a request Tomcat refuses itself
 * (an encoded slash, a bad escape, a raw {@code <}, headers too large) or an error no page could be
 * made for. In place of Tomcat's own report (which names the server and carries none of the site's
 * headers) it writes the site's error page for browsers and a problem document for everyone else,
 * both with the headers of {@link SecurityHeaders}. Installed on the host as its error report, and
 * on the engine for requests refused before any host is chosen ({@link ServerErrorConfiguration}).
 */
class ServerErrorReport extends ErrorReportValve {

	private final MessageSource messages;

	private final Languages languages;

	ServerErrorReport(MessageSource messages, Languages languages) {
		this.messages = messages;
		this.languages = languages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, jakarta.servlet.ServletException {
		Container container = getContainer();
		if (container instanceof Host) {
			super.invoke(request, response);
			return;
		}
		// On the engine: the host's report has had its turn; answer what is still unanswered.
		getNext().invoke(request, response);
		report(request, response, null);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		boolean page = wantsPage(request);
		// The reader's language as the pages decide it, from what a request refused this early still
		// carries: the switch's cookie, else Accept-Language.
		Locale locale = LanguageResolver.chosen(request, languages)
			.or(() -> languages.preferred(request.getHeader("Accept-Language")))
			.orElse(Languages.ENGLISH);
		String body = page ? page(status, locale) : problem(status, locale);
		try {
			SecurityHeaders.writeTo(response::setHeader);
			response.setHeader("Content-Language", locale.toLanguageTag());
			response.setContentType(page ? MediaType.TEXT_HTML_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ignored) {
			// The client has gone, or the response was already under way: nothing more can be said.
		}
	}

	/** A browser asking for a page, for anything but the API and FHIR. */
	static boolean wantsPage(String path, String accept) {
		if (ApiPaths.contains(path)) {
			return false;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream().anyMatch(type -> type.getQualityValue() > 0 && MediaType.TEXT_HTML.equalsTypeAndSubtype(type));
		}
		catch (InvalidMediaTypeException malformed) {
			return false;
		}
	}

	private static boolean wantsPage(Request request) {
		return wantsPage(request.getRequestURI(), request.getHeader("Accept"));
	}

	private String page(int status, Locale locale) {
		String title = text("error.title", locale);
		return "<!DOCTYPE html>\n<html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\"/>"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" + escape(title)
				+ " - " + escape(text("layout.brand", locale)) + "</title><link rel=\"stylesheet\" href=\"/css/app.css\"/>"
				+ "<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\"/></head><body>"
				+ "<header class=\"site-header\"><div class=\"container header-row\"><a class=\"brand\" href=\"/\"><span>"
				+ escape(text("layout.brand", locale)) + "</span></a><span class=\"tag\">" + escape(text("layout.tag", locale))
				+ "</span></div></header><div class=\"container\"><main id=\"main\" class=\"main\" data-page=\"error\"><h1>"
				+ escape(title) + "</h1><p class=\"lead\">" + escape(text(messageKey(status), locale)) + "</p><p><a class=\"button\" href=\"/\">"
				+ escape(text("error.home", locale)) + "</a></p></main></div><footer class=\"site-footer\"><div class=\"container\">"
				+ "<p class=\"disclaimer\">" + escape(text("layout.disclaimer", locale)) + "</p></div></footer></body></html>\n";
	}

	private String problem(int status, Locale locale) {
		HttpStatus known = HttpStatus.resolve(status);
		String title = messages.getMessage("problem.title." + status, null, known == null ? "Error" : known.getReasonPhrase(), locale);
		return "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status + ",\"detail\":\""
				+ json(text(messageKey(status), locale)) + "\"}";
	}

	/** The same words as the application's own error page ({@link ProblemErrorController}). */
	static String messageKey(int status) {
		return status >= 400 && status < 500 ? "error." + status : "error.server";
	}

	private String text(String key, Locale locale) {
		String fallback = messages.getMessage("error.400", null, "The request could not be understood.", locale);
		return messages.getMessage(key, null, key.startsWith("error.4") ? fallback : key, locale);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
