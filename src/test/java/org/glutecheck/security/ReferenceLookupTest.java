package org.glutecheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Location;
import org.glutecheck.assessment.AssessmentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Looking up a result by its reference gives nothing away: a malformed and an unknown reference get
 * the same answer, and a client that keeps missing is refused with 429 (20 misses in 10 minutes,
 * the default), while any number of lookups that find something are never counted. Checking in on a
 * result is a lookup too, counted and refused with the others.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { Site.BEHIND_A_PROXY_ON_LOOPBACK,
		Site.THE_PROXY_IS_LOOPBACK })
class ReferenceLookupTest {

	private static final int MAX_MISSES = 20;

	private static final String CHECK_IN = "{\"course\":\"SAME\",\"severity\":3,\"noWarningSigns\":true}";

	@LocalServerPort
	private int port;

	@Autowired
	private AssessmentService assessments;

	private String reference;

	@BeforeEach
	void anAssessment() {
		reference = assessments.assess(new Answers(null, null, null, List.of(Location.WHOLE_BUTTOCK), null, 3, null,
				null, null, null, null, null, null, null, null)).reference();
	}

	@Test
	void malformedAndUnknownReferencesLookTheSame() throws Exception {
		Site client = new Site(port, "10.1.0.1");
		for (List<String> lookup : List.of(List.of("/results/", "text/html"),
				List.of("/api/v1/assessments/", "application/json"))) {
			HttpResponse<String> malformed = client.get(lookup.get(0) + "not-a-reference", lookup.get(1));
			HttpResponse<String> unknown = client.get(lookup.get(0) + "AAAA-BBBB-CCCC", lookup.get(1));
			assertThat(malformed.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(404);
			assertThat(malformed.body().replace("not-a-reference", ""))
				.isEqualTo(unknown.body().replace("AAAA-BBBB-CCCC", ""));
		}
	}

	@Test
	void afterTwentyMissesEveryLookupIsRefusedWith429() throws Exception {
		Site guesser = new Site(port, "10.1.1.1");
		for (int miss = 0; miss < MAX_MISSES; miss++) {
			assertThat(guesser.get("/api/v1/assessments/ZZZZ-ZZZZ-ZZ" + (10 + miss), "application/json").statusCode())
				.isEqualTo(404);
		}
		HttpResponse<String> refused = guesser.get("/api/v1/assessments/ZZZZ-ZZZZ-ZZZZ", "application/json");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 600));
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.body()).contains("\"status\":429");
		// A found one too: otherwise the 429 itself would tell which references exist.
		assertThat(guesser.get("/api/v1/assessments/" + reference, "application/json").statusCode()).isEqualTo(429);
		HttpResponse<String> page = guesser.get("/results/" + reference, "text/html");
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.body()).contains("data-page=\"error\"", "Too many attempts");
		// Someone else is not affected.
		assertThat(new Site(port, "10.1.1.2").get("/api/v1/assessments/" + reference, "application/json").statusCode())
			.isEqualTo(200);
	}

	@Test
	void checkInsOnReferencesThatFindNothingAreCountedAndRefusedLikeLookups() throws Exception {
		Site guesser = new Site(port, "10.1.4.1");
		for (int miss = 0; miss < MAX_MISSES; miss++) {
			String path = miss % 2 == 0 ? "/api/v1/assessments/XXXX-XXXX-XX" + (10 + miss) + "/follow-ups"
					: "/api/v1/assessments/not-a-reference-" + miss + "/follow-ups";
			assertThat(guesser.postJson(path, CHECK_IN).statusCode()).isEqualTo(404);
		}

		HttpResponse<String> refused = guesser.postJson("/api/v1/assessments/" + reference + "/follow-ups", CHECK_IN);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(assessments.find(reference).orElseThrow().followUps()).as("nothing saved").isEmpty();
		assertThat(guesser.get("/api/v1/assessments/" + reference, "application/json").statusCode())
			.as("one count for reading and checking in").isEqualTo(429);
		assertThat(new Site(port, "10.1.4.2").postJson("/api/v1/assessments/" + reference + "/follow-ups", CHECK_IN)
			.statusCode()).isEqualTo(201);
	}

	@Test
	void checkInsThatFindTheirAssessmentAreNeverCounted() throws Exception {
		Site person = new Site(port, "10.1.5.1");
		for (int checkIn = 0; checkIn < MAX_MISSES + 5; checkIn++) {
			assertThat(person.postJson("/api/v1/assessments/" + reference + "/follow-ups", CHECK_IN).statusCode())
				.isEqualTo(201);
		}
		assertThat(person.get("/api/v1/assessments/" + reference, "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void lookupsThatFindSomethingAreNeverCounted() throws Exception {
		Site clinic = new Site(port, "10.1.2.1");
		for (int found = 0; found < 200; found++) {
			String path = (found % 2 == 0 ? "/api/v1/assessments/" : "/results/") + reference;
			assertThat(clinic.get(path, "text/html,application/json").statusCode()).isEqualTo(200);
		}
		for (int miss = 0; miss < MAX_MISSES; miss++) {
			assertThat(clinic.get("/results/YYYY-YYYY-YY" + (10 + miss), "text/html").statusCode()).isEqualTo(404);
		}
		assertThat(clinic.get("/results/" + reference, "text/html").statusCode()).isEqualTo(429);
	}

	@Test
	void behindTheNamedProxyRedirectsStillNameNoHost() throws Exception {
		RawHttp.Response redirect = RawHttp.get(port, "/desk", "Accept: text/html", "X-Forwarded-Host: evil.example",
				"X-Forwarded-Proto: https", "X-Forwarded-For: 10.1.3.1");
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.header("Location")).isEqualTo("/desk/sign-in");
	}

}
