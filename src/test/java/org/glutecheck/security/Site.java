package org.glutecheck.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One client of the running application over real HTTP, keeping its cookies as a browser does and
 * sending each form's CSRF token back with it. Requests may claim a client address the way a TLS
 * proxy passes it on (X-Forwarded-For), which the application believes only in a test that names
 * the loopback address as its proxy ({@link #BEHIND_A_PROXY_ON_LOOPBACK}, {@link #THE_PROXY_IS_LOOPBACK});
 * with the default settings it believes no forwarded header at all.
 */
final class Site {

	/** The settings docs/deployment.md gives for a TLS proxy, with the tests' loopback address as the proxy. */
	static final String BEHIND_A_PROXY_ON_LOOPBACK = "server.forward-headers-strategy=native";

	/** Only the proxy's own address is believed (a regex; brackets, so no backslash needs escaping). */
	static final String THE_PROXY_IS_LOOPBACK = "server.tomcat.remoteip.internal-proxies=127[.]0[.]0[.]1";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String origin;

	private final String clientAddress;

	Site(int port, String clientAddress) {
		this.origin = "http://127.0.0.1:" + port;
		this.clientAddress = clientAddress;
	}

	HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return send(request(path).header("Accept", accept).GET());
	}

	/** Posts the form fields with the CSRF token of the page the form is on. */
	HttpResponse<String> post(String path, HttpResponse<String> formPage, Map<String, String> fields)
			throws IOException, InterruptedException {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token(formPage));
		String body = all.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(BodyPublishers.ofString(body)));
	}

	/** Posts a JSON document to the API. */
	HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(BodyPublishers.ofString(json)));
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), BodyHandlers.ofString());
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(origin + path)).header("X-Forwarded-For", clientAddress);
	}

	static List<String> sessionCookies(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID=") || c.startsWith("SESSION="))
			.toList();
	}

	static String token(HttpResponse<String> page) {
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new AssertionError("No CSRF token on " + page.uri());
		}
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
