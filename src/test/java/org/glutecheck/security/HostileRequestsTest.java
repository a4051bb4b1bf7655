package org.glutecheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a hostile or broken client gets from the real server with its default settings: malformed
 * form posts, forged proxy headers, and requests Tomcat itself refuses. Every answer is a 4xx with
 * the security headers, the site's error page for a browser and a problem document for an API
 * client, and nothing of it leaves a stack trace in the log.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest {

	private static final Pattern RUN_TOKEN = Pattern.compile("name=\"run\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	// Finding 1: indexed or otherwise malformed parameter names in a questionnaire post.

	@ParameterizedTest
	@ValueSource(strings = { "redFlags[0]", "locations[300]", "locations[abc]", "severity.x", "locations[" })
	void aFormPostWithAnIndexedParameterIsA400ErrorPage(String name, CapturedOutput log) throws Exception {
		Site visitor = new Site(port, "10.7.0.1");
		HttpResponse<String> started = visitor.post("/check/start", visitor.get("/", "text/html"), Map.of());
		// Every questionnaire form is answered with a redirect to its page.
		HttpResponse<String> step = visitor.get(started.headers().firstValue("Location").orElseThrow(), "text/html");
		Matcher run = RUN_TOKEN.matcher(step.body());
		assertThat(run.find()).isTrue();
		HttpResponse<String> refused = visitor.post("/check/warning-signs", step,
				Map.of("run", run.group(1), name, "FEVER", "go", "next"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("data-page=\"error\"");
		assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(log.getAll()).doesNotContain("Exception", "\tat ");
	}

	// Finding 2: forwarded headers are not believed unless a proxy is named.

	@Test
	void aNewXForwardedForPerLookupDoesNotEscapeTheThrottle() throws Exception {
		// All from this test's one address, each claiming another: at most 20 misses before every lookup is refused.
		int refused = 0;
		int last = 0;
		for (int lookup = 0; lookup < 40; lookup++) {
			Site guesser = new Site(port, "203.0.113." + lookup);
			last = guesser.get("/api/v1/assessments/QQQQ-QQQQ-QQ" + (10 + lookup), "application/json").statusCode();
			refused += last == 429 ? 1 : 0;
		}
		assertThat(refused).isGreaterThanOrEqualTo(20);
		assertThat(last).isEqualTo(429);
	}

	@Test
	void theSignInRedirectNeverNamesAnotherHost() throws Exception {
		RawHttp.Response forwarded = RawHttp.get(port, "/desk", "Accept: text/html", "X-Forwarded-Host: evil.example",
				"X-Forwarded-Proto: https");
		RawHttp.Response host = RawHttp.get(port, "/desk", "Accept: text/html", "Host: evil.example");
		for (RawHttp.Response redirect : List.of(forwarded, host)) {
			assertThat(redirect.status()).isEqualTo(302);
			assertThat(redirect.header("Location")).isEqualTo("/desk/sign-in");
		}
	}

	// Finding 6: every error, wherever it is raised, in the site's own words and with its headers.

	@Test
	void aRequestLineTomcatCannotReadGetsAnErrorWithTheHeaders() throws Exception {
		// Tomcat stops at the raw "<" before it reads any header, so what the client accepts is unknown.
		RawHttp.Response refused = RawHttp.get(port, "/<", "Accept: text/html");
		assertThat(refused.status()).isEqualTo(400);
		assertProtected(refused, "application/problem+json");
		assertThat(refused.body()).contains("\"status\":400").doesNotContain("Apache Tomcat");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/a%2Fb", "/%zz", "/a%00b", "/results/%2e%2e%2f" })
	void requestsTomcatRefusesGetTheErrorPageWithTheHeaders(String target, CapturedOutput log) throws Exception {
		RawHttp.Response page = RawHttp.get(port, target, "Accept: text/html");
		assertThat(page.status()).isEqualTo(400);
		assertProtected(page, "text/html");
		assertThat(page.body()).contains("data-page=\"error\"").doesNotContain("Apache Tomcat");
		RawHttp.Response problem = RawHttp.get(port, target, "Accept: application/json");
		assertThat(problem.status()).isEqualTo(400);
		assertProtected(problem, "application/problem+json");
		assertThat(problem.body()).contains("\"status\":400");
		assertThat(log.getAll()).doesNotContain("\tat ");
	}

	@Test
	void oversizedHeadersGetTheErrorPageWithTheHeaders() throws Exception {
		RawHttp.Response page = RawHttp.get(port, "/", "Accept: text/html", "X-Big: " + "x".repeat(20_000));
		assertThat(page.status()).isEqualTo(400);
		assertProtected(page, "text/html");
		assertThat(page.body()).contains("data-page=\"error\"");
	}

	@Test
	void apiClientsNotSignedInGetAProblemDocument() throws Exception {
		for (String path : List.of("/desk/updates", "/actuator/metrics")) {
			RawHttp.Response problem = RawHttp.get(port, path, "Accept: application/json");
			assertThat(problem.status()).as(path).isEqualTo(401);
			assertProtected(problem, "application/problem+json");
			assertThat(problem.body()).contains("\"status\":401");
		}
	}

	@Test
	void theApiAnswersInProblemDocumentsWhateverTheAcceptHeader() throws Exception {
		for (String accept : List.of("text/html", "application/xml")) {
			RawHttp.Response problem = RawHttp.get(port, "/api/v1/conditions", "Accept: " + accept);
			assertThat(problem.status()).as(accept).isEqualTo(406);
			assertProtected(problem, "application/problem+json");
			assertThat(problem.body()).contains("\"status\":406");
		}
	}

	@Test
	void theErrorAddressItselfIsNotFound() throws Exception {
		RawHttp.Response page = RawHttp.get(port, "/error", "Accept: text/html");
		assertThat(page.status()).isEqualTo(404);
		assertProtected(page, "text/html");
		RawHttp.Response problem = RawHttp.get(port, "/error", "Accept: application/json");
		assertThat(problem.status()).isEqualTo(404);
		assertProtected(problem, "application/problem+json");
	}

	private static void assertProtected(RawHttp.Response response, String type) {
		assertThat(response.header("Content-Type")).as("Content-Type").startsWith(type);
		assertThat(response.header("Content-Security-Policy")).as("CSP")
			.contains("default-src 'self'", "frame-ancestors 'none'");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(response.header("Cache-Control")).contains("no-store");
	}

}
