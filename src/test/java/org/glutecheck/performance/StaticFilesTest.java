package org.glutecheck.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Location;
import org.glutecheck.assessment.AssessmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Static files are served only under their own names (spring.mvc.static-path-pattern), so links to
 * pages are never looked up on the class path, while styles and scripts keep their content hash in
 * their address and are kept by browsers for a year (docs/performance.md).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StaticFilesTest {

	private static final Pattern HASHED = Pattern.compile("(?:href|src)=\"(/(?:css|js)/app-[0-9a-f]{32}\\.(?:css|js))\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private AssessmentService assessments;

	@Test
	void theResultsPageLinksStylesAndScriptsByContentHashAndPagesAsTheyAre() throws Exception {
		String reference = assessments.assess(new Answers(null, null, null, List.of(Location.OUTER_HIP), null, 4, null,
				null, null, null, null, null, null, null, null)).reference();
		String page = get("/results/" + reference).body();
		Matcher hashed = HASHED.matcher(page);
		assertThat(hashed.results().map(m -> m.group(1))).hasSize(2)
			.allSatisfy(path -> assertThat(get(path)).satisfies(response -> {
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
			}));
		assertThat(page).contains("href=\"/favicon.svg\"", "href=\"/start-again\"", "href=\"/results/" + reference + "?lang=es\"");
	}

	@Test
	void everyStaticFileIsServedAndNothingElseIs() {
		for (String path : List.of("/css/app.css", "/js/app.js", "/js/desk.js", "/favicon.svg")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("max-age=31536000, public");
		}
		for (String path : List.of("/css/none.css", "/app.css", "/messages.properties", "/application.properties",
				"/templates/result.html", "/static/css/app.css")) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(404);
		}
	}

	private HttpResponse<String> get(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
