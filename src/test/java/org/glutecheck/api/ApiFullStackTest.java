package org.glutecheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API over real HTTP, from the servlet container to the database: the round trip, and a
 * catalogue of bad requests that must each get the right 4xx and a problem document, never a 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiFullStackTest {

	private static final String TENDINOPATHY = """
			{"ageBand":"AGE_40_59","sex":"FEMALE","side":"RIGHT","locations":["OUTER_HIP"],"qualities":["ACHING"],
			 "severity":5,"duration":"WEEKS_1_6","onset":"GRADUAL","pattern":"CONSTANT","course":"SAME",
			 "aggravators":["LYING_ON_SIDE","STAIRS","SINGLE_LEG_STANCE"],"symptoms":["TENDER_OUTER_HIP_BONE"]}
			""";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void anAssessmentIsSavedAndReadBackAsTheSameDocument() throws Exception {
		HttpResponse<String> created = post("application/json", TENDINOPATHY);
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = json.readTree(created.body());
		String reference = body.get("reference").asString();
		assertThat(reference).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(created.headers().firstValue("Location")).contains("/api/v1/assessments/" + reference);
		assertThat(body.at("/triage/level").asString()).isEqualTo("SOON");
		assertThat(body.at("/conditions/0/id").asString()).isEqualTo("GLUTEAL_TENDINOPATHY");
		assertThat(body.at("/conditions/0/sources/0/url").asString()).startsWith("https://");

		HttpResponse<String> read = get("/api/v1/assessments/" + reference);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(json.readTree(read.body())).isEqualTo(body);

		String typedLoosely = reference.replace("-", " ").toLowerCase(Locale.ROOT);
		assertThat(get("/api/v1/assessments/" + typedLoosely.replace(" ", "%20")).statusCode()).isEqualTo(200);
	}

	@Test
	void versionTwoAnswersGetCausesOutsideTheTenAndAnEmergencyShowsNoSelfCare() throws Exception {
		JsonNode runner = json.readTree(post("application/json", """
				{"ageBand":"AGE_18_39","sex":"FEMALE","side":"RIGHT","locations":["SACRAL_DIMPLE","CENTER_BUTTOCK"],
				 "qualities":["ACHING"],"severity":6,"duration":"WEEKS_1_6","onset":"GRADUAL","course":"WORSENING",
				 "aggravators":["EXERCISE","SINGLE_LEG_STANCE"],"context":["TRAINS_MOST_DAYS","LOW_ENERGY_OR_MISSED_PERIODS"],
				 "symptoms":["PAIN_ON_HOPPING"],"noWarningSigns":true}
				""").body());
		assertThat(runner.at("/considerAlso/0/id").asString()).isEqualTo("BONE_STRESS_INJURY");
		assertThat(runner.at("/considerAlso/0/whatToDo").asString()).contains("Stop running");
		assertThat(runner.at("/triage/level").asString()).isIn("SOON", "URGENT");
		assertThat(runner.at("/answers/noWarningSigns").asBoolean()).isTrue();

		HttpResponse<String> emergency = post("application/json", """
				{"ageBand":"AGE_60_PLUS","locations":["WHOLE_BUTTOCK","BELOW_KNEE"],"qualities":["CRAMPING"],
				 "pattern":"WITH_WALKING","aggravators":["WALKING"],"relievers":["STANDING_STILL"],"redFlags":["COLD_PALE_LEG"]}
				""");
		JsonNode body = json.readTree(emergency.body());
		assertThat(body.at("/triage/level").asString()).isEqualTo("EMERGENCY");
		assertThat(body.get("conditions")).isNotEmpty().allSatisfy(condition -> {
			assertThat(condition.get("selfCare")).isEmpty();
			assertThat(condition.get("seeAClinicianIf")).isEmpty();
		});
		assertThat(emergency.body()).doesNotContain("Walk regularly");
	}

	@Test
	void theKnowledgeBaseAndItsDescriptionAreServed() throws Exception {
		JsonNode conditions = json.readTree(get("/api/v1/conditions").body());
		assertThat(conditions.size()).isEqualTo(10);
		assertThat(get("/v3/api-docs").body()).contains("/api/v1/assessments");
		assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	@Test
	void onlyHealthAndInfoOfTheActuatorAreOpen() throws Exception {
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/env").statusCode()).isIn(401, 403, 404);
		assertThat(get("/actuator/beans").statusCode()).isIn(401, 403, 404);
	}

	static Stream<Arguments> badRequests() {
		String oversized = "{\"locations\":[\"OUTER_HIP\"],\"padding\":\"" + "x".repeat(70_000) + "\"}";
		return Stream.of(
				Arguments.of("malformed JSON", "application/json", "{\"locations\":", 400, null),
				Arguments.of("not an object", "application/json", "[]", 400, null),
				Arguments.of("empty body", "application/json", "", 400, null),
				Arguments.of("wrong type", "application/json", "{\"locations\":[\"OUTER_HIP\"],\"severity\":\"five\"}", 400, "severity"),
				Arguments.of("fraction", "application/json", "{\"locations\":[\"OUTER_HIP\"],\"severity\":5.5}", 400, "severity"),
				Arguments.of("list expected", "application/json", "{\"locations\":\"OUTER_HIP\"}", 400, "locations"),
				Arguments.of("unknown field", "application/json", "{\"locations\":[\"OUTER_HIP\"],\"sevrity\":5}", 400, "sevrity"),
				Arguments.of("unknown code", "application/json", "{\"locations\":[\"OUTER_HIPS\"]}", 400, "locations[0]"),
				Arguments.of("unknown code in a list", "application/json", "{\"locations\":[\"OUTER_HIP\"],\"redFlags\":[\"FEVER\",\"FEVERISH\"]}", 400, "redFlags[1]"),
				Arguments.of("lower-case code", "application/json", "{\"locations\":[\"outer_hip\"]}", 400, "locations[0]"),
				Arguments.of("severity too high", "application/json", "{\"locations\":[\"OUTER_HIP\"],\"severity\":11}", 400, "severity"),
				Arguments.of("severity negative", "application/json", "{\"locations\":[\"OUTER_HIP\"],\"severity\":-1}", 400, "severity"),
				Arguments.of("no location", "application/json", "{\"severity\":3}", 400, "locations"),
				Arguments.of("empty locations", "application/json", "{\"locations\":[]}", 400, "locations"),
				Arguments.of("null location", "application/json", "{\"locations\":[null]}", 400, "locations[0]"),
				Arguments.of("none of the warning signs, and one ticked", "application/json",
						"{\"locations\":[\"OUTER_HIP\"],\"noWarningSigns\":true,\"redFlags\":[\"FEVER\"]}", 400, "noWarningSignsConsistent"),
				Arguments.of("unknown version 2 look-alike", "application/json", "{\"locations\":[\"SIT_BONES\"]}", 400, "locations[0]"),
				Arguments.of("a number for a code", "application/json", "{\"locations\":[5]}", 400, "locations[0]"),
				Arguments.of("a number for an age band", "application/json", "{\"locations\":[\"OUTER_HIP\"],\"ageBand\":1}", 400, "ageBand"),
				Arguments.of("a number as text", "application/json", "{\"locations\":[\"OUTER_HIP\"],\"severity\":\"5\"}", 400, "severity"),
				Arguments.of("empty text for a number", "application/json", "{\"locations\":[\"OUTER_HIP\"],\"severity\":\"\"}", 400, "severity"),
				Arguments.of("empty text for a code", "application/json", "{\"locations\":[\"OUTER_HIP\"],\"ageBand\":\"\"}", 400, "ageBand"),
				Arguments.of("a number for yes or no", "application/json", "{\"locations\":[\"OUTER_HIP\"],\"noWarningSigns\":1}", 400, "noWarningSigns"),
				Arguments.of("a duplicate field", "application/json", "{\"locations\":[\"OUTER_HIP\"],\"severity\":9,\"severity\":2}", 400, "severity"),
				Arguments.of("a duplicate list", "application/json", "{\"locations\":[\"OUTER_HIP\"],\"locations\":[\"BELOW_KNEE\"]}", 400, "locations"),
				Arguments.of("wrong content type", "text/plain", "locations=OUTER_HIP", 415, null),
				Arguments.of("form content type", "application/x-www-form-urlencoded", "locations=OUTER_HIP", 415, null),
				Arguments.of("body over 64 KB", "application/json", oversized, 413, null));
	}

	@ParameterizedTest(name = "{0} -> {3}")
	@MethodSource("badRequests")
	void badRequestsGetAProblemDocument(String name, String contentType, String body, int status, String field)
			throws Exception {
		HttpResponse<String> response = post(contentType, body);
		assertThat(response.statusCode()).isEqualTo(status);
		assertProblem(response, status);
		if (field != null) {
			JsonNode errors = json.readTree(response.body()).get("errors");
			assertThat(errors).isNotNull();
			assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
			assertThat(errors.get(0).get("message").asString()).isNotBlank();
		}
	}

	@Test
	void unknownReferencesAndAddressesAre404sThatGiveNothingAway() throws Exception {
		HttpResponse<String> wellFormed = get("/api/v1/assessments/AAAA-BBBB-CCCC");
		HttpResponse<String> malformed = get("/api/v1/assessments/not-a-reference");
		assertThat(wellFormed.statusCode()).isEqualTo(404);
		assertThat(malformed.statusCode()).isEqualTo(404);
		assertProblem(wellFormed, 404);
		assertThat(json.readTree(wellFormed.body()).get("detail"))
			.isEqualTo(json.readTree(malformed.body()).get("detail"));
		assertProblem(get("/api/v1/nothing-here"), 404);
	}

	@Test
	void aWrongMethodIs405() throws Exception {
		HttpResponse<String> response = http.send(request("/api/v1/assessments").DELETE().build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
		assertProblem(response, 405);
	}

	private void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.", "tools.jackson");
	}

	private HttpResponse<String> post(String contentType, String body) throws IOException, InterruptedException {
		return http.send(request("/api/v1/assessments").header("Content-Type", contentType)
			.header("Accept", "application/json")
			.POST(BodyPublishers.ofString(body))
			.build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(request(path).header("Accept", "application/json").GET().build(), BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

}
