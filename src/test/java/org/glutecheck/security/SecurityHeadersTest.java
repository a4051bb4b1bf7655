package org.glutecheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Location;
import org.glutecheck.assessment.AssessmentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every kind of page, public or staff, carries the same protective headers over real HTTP: a
 * Content-Security-Policy without 'unsafe-inline' that forbids framing, nosniff, a Referrer-Policy,
 * X-Frame-Options, and Cache-Control: no-store.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { Site.BEHIND_A_PROXY_ON_LOOPBACK,
		Site.THE_PROXY_IS_LOOPBACK })
class SecurityHeadersTest {

	private static final Pattern RUN_TOKEN = Pattern.compile("name=\"run\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private AssessmentService assessments;

	@Autowired
	private JdbcClient jdbc;

	private Site site;

	private String reference;

	@BeforeEach
	void anAssessment() {
		site = new Site(port, "10.3.0.1");
		reference = assessments.assess(new Answers(null, null, null, List.of(Location.OUTER_HIP), null, 4, null, null,
				null, null, null, null, null, null, null)).reference();
	}

	@Test
	void startPageAndAQuestionnaireStep() throws Exception {
		HttpResponse<String> start = assertProtected(site.get("/", "text/html"), 200);
		assertThat(site.post("/check/start", start, Map.of()).statusCode()).as("a redirect to the first step").isEqualTo(302);
		assertProtected(site.get("/check/warning-signs", "text/html"), 200);
	}

	@Test
	void emergencyPage() throws Exception {
		site.post("/check/start", site.get("/", "text/html"), Map.of());
		HttpResponse<String> step = site.get("/check/warning-signs", "text/html");
		Matcher run = RUN_TOKEN.matcher(step.body());
		assertThat(run.find()).as("the first step carries a run token").isTrue();
		site.post("/check/warning-signs", step, Map.of("run", run.group(1), "redFlags", "SADDLE_NUMBNESS", "go", "next"));
		HttpResponse<String> emergency = site.get("/check/emergency", "text/html");
		assertThat(assertProtected(emergency, 200).body()).contains("data-page=\"emergency\"");
	}

	@Test
	void resultPage() throws Exception {
		assertProtected(site.get("/results/" + reference, "text/html"), 200);
	}

	@Test
	void errorPages() throws Exception {
		assertThat(assertProtected(site.get("/no-such-page", "text/html"), 404).body()).contains("data-page=\"error\"");
		assertProtected(site.get("/results/AAAA-BBBB-CCCC", "text/html"), 404);
	}

	@Test
	void signInAndDeskPages() throws Exception {
		Staff.account(jdbc, "erin", "erin's long password");
		HttpResponse<String> signIn = assertProtected(site.get("/desk/sign-in", "text/html"), 200);
		site.post("/desk/sign-in", signIn, Map.of("username", "erin", "password", "erin's long password"));
		assertProtected(site.get("/desk", "text/html"), 200);
		assertProtected(site.get("/desk/assessments/" + reference, "text/html"), 200);
		assertProtected(site.get("/desk/export", "text/html"), 200);
	}

	private static HttpResponse<String> assertProtected(HttpResponse<String> page, int status) {
		assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(status);
		assertThat(header(page, "Content-Type")).startsWith("text/html");
		assertThat(header(page, "Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(header(page, "Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
		assertThat(header(page, "Cache-Control")).contains("no-store");
		return page;
	}

	private static String header(HttpResponse<String> page, String name) {
		return page.headers().firstValue(name).orElseThrow(() -> new AssertionError(name + " missing on " + page.uri()));
	}

}
