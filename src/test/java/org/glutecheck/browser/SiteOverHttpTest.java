package org.glutecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running application over plain HTTP, as any browser meets it, without needing one: every
 * page with everything it loads stays under 60 KB as transferred (compressed, headers included),
 * loads nothing from another host, is never stored, and no response ever opens an HTTP session.
 * Also: the final page saves one assessment however often it is sent, and a form sent again after
 * "Start again" shows nothing of the last person.
 */
@ServedSite
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteOverHttpTest {

	private static final Pattern ASSETS = Pattern
		.compile("<(?:link|script|img)\\b[^>]*?\\b(?:href|src)=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern CSS_URLS = Pattern.compile("(?:url\\(|@import\\s+)[\"']?([^\"')\\s;]+)");

	private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private final Map<String, Long> weights = new LinkedHashMap<>();

	@LocalServerPort
	private int port;

	/** Follows redirects as a browser does: a form's answer is a redirect to the page to show. */
	private HttpClient client;

	/** The same browser, looking at each answer itself. */
	private HttpClient noFollow;

	/** The answers in this case, as the pages post them. */
	private static final String[][] DOMS = { { "noWarningSigns", "true" }, { "locations", "WHOLE_BUTTOCK" },
			{ "side", "BOTH" }, { "qualities", "ACHING" }, { "severity", "4" }, { "duration", "DAYS_1_3" },
			{ "onset", "AFTER_WORKOUT" }, { "pattern", "CONSTANT" }, { "course", "IMPROVING" },
			{ "aggravators", "STAIRS" }, { "relievers", "GENTLE_MOVEMENT" }, { "context", "NEW_OR_HARDER_WORKOUT" },
			{ "symptoms", "STIFFNESS" }, { "ageBand", "AGE_18_39" } };

	record Fetched(int status, Map<String, List<String>> headers, String body, long transferred) {

		List<String> header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.flatMap(e -> e.getValue().stream())
				.toList();
		}

		String hidden(String name) {
			Matcher m = HIDDEN.matcher(body);
			while (m.find()) {
				if (m.group(1).equals(name)) {
					return m.group(2);
				}
			}
			throw new AssertionError("No hidden field " + name);
		}

	}

	@BeforeEach
	void freshBrowser() {
		CookieManager cookies = new CookieManager();
		client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
		noFollow = HttpClient.newBuilder().cookieHandler(cookies).build();
	}

	@AfterAll
	void report() throws IOException {
		StringBuilder table = new StringBuilder("page\tbytes transferred, with everything it loads\n");
		weights.forEach((page, bytes) -> table.append(page).append('\t').append(bytes).append('\n'));
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/page-weights.txt"), table);
		System.out.print(table);
	}

	@Test
	void everyPageIsSmallSelfContainedUnstoredAndSessionless() {
		Fetched start = page("start", get("/"));
		String csrf = start.hidden("_csrf");
		Fetched warning = page("warning-signs", post("/check/start", "_csrf", csrf));
		String run = warning.hidden("run");
		page("warning-signs with an error", post("/check/warning-signs", "_csrf", csrf, "run", run));
		Fetched emergency = page("emergency",
				post("/check/warning-signs", "_csrf", csrf, "run", run, "redFlags", "SADDLE_NUMBNESS"));
		assertThat(emergency.body()).contains("Get emergency help now");

		List<String> answers = new ArrayList<>(List.of("_csrf", csrf, "run", run));
		String[] steps = { "warning-signs", "where", "feeling", "started", "worse-or-better", "background", "about-you" };
		int[] lastFieldOfStep = { 1, 3, 5, 9, 11, 13, 14 };
		int field = 0;
		Fetched last = null;
		for (int s = 0; s < steps.length; s++) {
			for (; field < lastFieldOfStep[s]; field++) {
				answers.add(DOMS[field][0]);
				answers.add(DOMS[field][1]);
			}
			last = page(s + 1 < steps.length ? steps[s + 1] : "result", post("/check/" + steps[s], answers.toArray(String[]::new)));
		}
		assertThat(last.body()).contains("reference-code");
		String reference = reference(last);
		page("saved result", get("/results/" + reference));
		page("error (404)", get("/no-such-page"));
	}

	@Test
	void theFinalPageSavesOneAssessmentHoweverOftenItIsSent() {
		String csrf = page("start", get("/")).hidden("_csrf");
		String run = fetch(post("/check/start", "_csrf", csrf)).hidden("run");
		String[] form = finalForm(csrf, run);
		String first = reference(fetch(post("/check/about-you", form)));
		String again = reference(fetch(post("/check/about-you", form)));
		assertThat(again).isEqualTo(first);

		List<String> changed = new ArrayList<>(List.of(form));
		changed.set(changed.indexOf("4"), "6");
		assertThat(reference(fetch(post("/check/about-you", changed.toArray(String[]::new))))).isNotEqualTo(first);
	}

	@Test
	void everyFormIsAnsweredWithARedirectSoNoPageIsTheAnswerToAPost() {
		String csrf = fetch(get("/")).hidden("_csrf");
		Fetched started = fetch(noFollow, post("/check/start", "_csrf", csrf));
		assertThat(started.status()).isEqualTo(302);
		assertThat(started.header("Location")).singleElement().asString().endsWith("/check/warning-signs");
		String run = fetch(get("/check/warning-signs")).hidden("run");
		Fetched answered = fetch(noFollow, post("/check/warning-signs", "_csrf", csrf, "run", run, "noWarningSigns", "true"));
		assertThat(answered.status()).isEqualTo(302);
		assertThat(answered.header("Location")).singleElement().asString().endsWith("/check/where");
		assertThat(fetch(get("/check/warning-signs")).body()).as("Back, answered as a page")
			.contains("data-exclusive=\"\" checked");
	}

	@Test
	void aFormSentAgainAfterStartAgainShowsNothingOfTheLastPerson() {
		String csrf = fetch(get("/")).hidden("_csrf");
		String run = fetch(post("/check/start", "_csrf", csrf)).hidden("run");
		String[] form = finalForm(csrf, run);
		String reference = reference(fetch(post("/check/about-you", form)));

		Fetched reset = fetch(noFollow, get("/start-again"));
		assertThat(reset.status()).isEqualTo(302);
		assertThat(reset.header("Clear-Site-Data")).containsExactly("\"cache\", \"storage\"");

		Fetched resent = fetch(post("/check/about-you", form));
		assertThat(fetch(noFollow, get("/check/result")).header("Location")).as("the result page, asked for again")
			.singleElement().isEqualTo("/");
		assertThat(resent.body()).contains("That questionnaire was ended").doesNotContain(reference, "WHOLE_BUTTOCK");
		Fetched backOnePage = fetch(post("/check/background", form));
		assertThat(backOnePage.body()).contains("That questionnaire was ended").doesNotContain("WHOLE_BUTTOCK");
	}

	private String[] finalForm(String csrf, String run) {
		List<String> form = new ArrayList<>(List.of("_csrf", csrf, "run", run));
		for (String[] answer : DOMS) {
			form.add(answer[0]);
			form.add(answer[1]);
		}
		return form.toArray(String[]::new);
	}

	private static String reference(Fetched result) {
		Matcher m = Pattern.compile("reference-code\">([0-9A-Z-]+)<").matcher(result.body());
		assertThat(m.find()).as("a reference code on the page").isTrue();
		return m.group(1);
	}

	/** Fetches a page and everything it loads, checks them all and records the weight. */
	private Fetched page(String name, HttpRequest request) {
		Fetched page = fetch(request);
		assertThat(page.header("Content-Type")).as(name).anyMatch(t -> t.startsWith("text/html"));
		if (!name.startsWith("error")) {
			assertThat(page.header("Cache-Control")).as("Cache-Control of %s", name).anyMatch(c -> c.contains("no-store"));
		}
		long total = page.transferred();
		for (String asset : assets(page.body())) {
			assertThat(asset).as("%s loads only from this site", name).startsWith("/").doesNotStartWith("//");
			Fetched loaded = fetch(get(asset));
			assertThat(loaded.status()).as(asset).isEqualTo(200);
			total += loaded.transferred();
			if (asset.endsWith(".css")) {
				for (String inner : cssUrls(loaded.body())) {
					assertThat(inner).as("%s loads only from this site", asset).matches("^(/[^/].*|data:.*|#.*)");
				}
			}
		}
		assertThat(total).as("bytes transferred for %s", name).isLessThanOrEqualTo(PageCheck.MAX_PAGE_BYTES);
		weights.put(name, total);
		return page;
	}

	private Fetched fetch(HttpRequest request) {
		return fetch(client, request);
	}

	private Fetched fetch(HttpClient client, HttpRequest request) {
		try {
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by %s", request.uri())
				.noneMatch(c -> c.toUpperCase().startsWith("JSESSIONID"));
			long headerBytes = 17 + response.headers()
				.map()
				.entrySet()
				.stream()
				.mapToLong(e -> e.getValue().stream().mapToLong(v -> e.getKey().length() + v.length() + 4).sum())
				.sum();
			byte[] body = response.body();
			boolean gzip = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
			String text = new String(gzip ? gunzip(body) : body, StandardCharsets.UTF_8);
			return new Fetched(response.statusCode(), response.headers().map(), text, headerBytes + body.length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest get(String path) {
		return base(path).GET().build();
	}

	private HttpRequest post(String path, String... fields) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			form.append(form.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return base(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build();
	}

	private HttpRequest.Builder base(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html,*/*")
			.header("Accept-Encoding", "gzip");
	}

	private static Set<String> assets(String html) {
		Set<String> found = new LinkedHashSet<>();
		Matcher m = ASSETS.matcher(html);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static Set<String> cssUrls(String css) {
		Set<String> found = new LinkedHashSet<>();
		Matcher m = CSS_URLS.matcher(css);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}
