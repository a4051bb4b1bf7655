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

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.assessment.AssessmentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API over real HTTP, from the servlet container to the database: the round trip, check-ins,
 * and a catalogue of bad requests that must each get the right 4xx and a problem document, never a 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiFullStackTest {

	private static final String TENDINOPATHY = """
			{"ageBand":"AGE_40_59","sex":"FEMALE","side":"RIGHT","locations":["OUTER_HIP"],"qualities":["ACHING"],
			 "severity":5,"duration":"WEEKS_1_6","onset":"GRADUAL","pattern":"CONSTANT","course":"SAME",
			 "aggravators":["LYING_ON_SIDE","STAIRS","SINGLE_LEG_STANCE"],"symptoms":["TENDER_OUTER_HIP_BONE"]}
			""";

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private AssessmentService assessments;

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
	void aCheckInIsSavedAndTheAssessmentReadsWithIt() throws Exception {
		JsonNode made = json.readTree(post("application/json", TENDINOPATHY).body());
		String reference = made.get("reference").asString();
		String typedLoosely = reference.replace("-", "").toLowerCase(Locale.ROOT);

		HttpResponse<String> checkedIn = postCheckIn(typedLoosely, "application/json",
				"{\"course\":\"SAME\",\"severity\":5,\"redFlags\":[\"FEVER\"],\"symptoms\":[\"STIFFNESS\"]}");

		assertThat(checkedIn.statusCode()).isEqualTo(201);
		assertThat(checkedIn.headers().firstValue("Location")).contains("/api/v1/assessments/" + reference);
		JsonNode body = json.readTree(checkedIn.body());
		assertThat(body.get("reference").asString()).isEqualTo(reference);
		assertThat(body.at("/triage/level").asString()).as("a fever, at once").isEqualTo("URGENT");
		assertThat(body.at("/triage/reasons/0/code").asString()).isEqualTo("FEVER");
		assertThat(body.at("/triage/reasons/1/code").asString()).as("the earlier reason stands").isEqualTo("DURATION_OVER_A_WEEK");
		assertThat(body.get("followUps")).hasSize(1);
		assertThat(body.at("/followUps/0/course").asString()).isEqualTo("SAME");
		assertThat(body.at("/followUps/0/severity").asInt()).isEqualTo(5);
		assertThat(body.at("/followUps/0/redFlags/0").asString()).isEqualTo("FEVER");
		assertThat(body.at("/followUps/0/symptoms/0").asString()).isEqualTo("STIFFNESS");
		assertThat(body.at("/followUps/0/triage")).isEqualTo(body.get("triage"));
		assertThat(body.at("/followUps/0/at").asString()).isNotBlank();
		assertThat(body.get("answers")).as("the answers as first given").isEqualTo(made.get("answers"));
		assertThat(body.get("conditions")).isEqualTo(made.get("conditions"));
		assertThat(json.readTree(get("/api/v1/assessments/" + reference).body())).isEqualTo(body);

		JsonNode better = json.readTree(postCheckIn(reference, "application/json",
				"{\"course\":\"IMPROVING\",\"severity\":1,\"noWarningSigns\":true}").body());
		assertThat(better.at("/triage/level").asString()).as("never lower").isEqualTo("URGENT");
		assertThat(better.get("followUps")).hasSize(2);
	}

	@Test
	void aFirstAssessmentHasNoCheckInsYet() throws Exception {
		JsonNode made = json.readTree(post("application/json", TENDINOPATHY).body());
		assertThat(made.get("followUps")).isNotNull().isEmpty();
	}

	static Stream<Arguments> badCheckIns() {
		String fine = "\"course\":\"SAME\",\"severity\":3,\"noWarningSigns\":true";
		return Stream.of(
				Arguments.of("malformed JSON", "application/json", "{\"course\":", 400, null),
				Arguments.of("not an object", "application/json", "[]", 400, null),
				Arguments.of("empty body", "application/json", "", 400, null),
				Arguments.of("no course", "application/json", "{\"severity\":3,\"noWarningSigns\":true}", 400, "course"),
				Arguments.of("no severity", "application/json", "{\"course\":\"SAME\",\"noWarningSigns\":true}", 400, "severity"),
				Arguments.of("warning signs not answered", "application/json", "{\"course\":\"SAME\",\"severity\":3}", 400,
						"warningSignsAnswered"),
				Arguments.of("none of the warning signs said no", "application/json",
						"{\"course\":\"SAME\",\"severity\":3,\"noWarningSigns\":false}", 400, "warningSignsAnswered"),
				Arguments.of("none of the warning signs, and one ticked", "application/json",
						"{\"course\":\"SAME\",\"severity\":3,\"noWarningSigns\":true,\"redFlags\":[\"FEVER\"]}", 400,
						"noWarningSignsConsistent"),
				Arguments.of("severity too high", "application/json", "{" + fine.replace(":3", ":11") + "}", 400, "severity"),
				Arguments.of("severity negative", "application/json", "{" + fine.replace(":3", ":-1") + "}", 400, "severity"),
				Arguments.of("a fraction", "application/json", "{" + fine.replace(":3", ":3.5") + "}", 400, "severity"),
				Arguments.of("a number as text", "application/json", "{" + fine.replace(":3", ":\"3\"") + "}", 400, "severity"),
				Arguments.of("text for a number", "application/json", "{" + fine.replace(":3", ":\"three\"") + "}", 400, "severity"),
				Arguments.of("a number for a code", "application/json", "{" + fine.replace("\"SAME\"", "1") + "}", 400, "course"),
				Arguments.of("an unknown code", "application/json", "{" + fine.replace("SAME", "BETTER") + "}", 400, "course"),
				Arguments.of("a lower-case code", "application/json", "{" + fine.replace("SAME", "same") + "}", 400, "course"),
				Arguments.of("an unknown code in a list", "application/json",
						"{\"course\":\"SAME\",\"severity\":3,\"redFlags\":[\"FEVER\",\"FEVERISH\"]}", 400, "redFlags[1]"),
				Arguments.of("a null warning sign", "application/json",
						"{\"course\":\"SAME\",\"severity\":3,\"redFlags\":[null]}", 400, "redFlags[0]"),
				Arguments.of("a text for a list", "application/json",
						"{\"course\":\"SAME\",\"severity\":3,\"redFlags\":\"FEVER\"}", 400, "redFlags"),
				Arguments.of("text for yes or no", "application/json", "{" + fine.replace("true", "\"true\"") + "}", 400,
						"noWarningSigns"),
				Arguments.of("an indexed key", "application/json", "{" + fine + ",\"symptoms[0]\":\"RASH\"}", 400, "symptoms[0]"),
				Arguments.of("a field of the first questionnaire", "application/json",
						"{" + fine + ",\"locations\":[\"OUTER_HIP\"]}", 400, "locations"),
				Arguments.of("a duplicate field", "application/json", "{" + fine + ",\"course\":\"WORSENING\"}", 400, "course"),
				Arguments.of("a duplicate list", "application/json",
						"{\"course\":\"SAME\",\"severity\":3,\"redFlags\":[\"FEVER\"],\"redFlags\":[]}", 400, "redFlags"),
				Arguments.of("wrong content type", "text/plain", "course=SAME", 415, null),
				Arguments.of("form content type", "application/x-www-form-urlencoded", "course=SAME&severity=3", 415, null),
				Arguments.of("body over 64 KB", "application/json",
						"{" + fine + ",\"padding\":\"" + "x".repeat(70_000) + "\"}", 413, null));
	}

	@ParameterizedTest(name = "{0} -> {3}")
	@MethodSource("badCheckIns")
	void badCheckInsGetAProblemDocumentAndSaveNothing(String name, String contentType, String body, int status,
			String field) throws Exception {
		String reference = json.readTree(post("application/json", TENDINOPATHY).body()).get("reference").asString();

		HttpResponse<String> response = postCheckIn(reference, contentType, body);

		assertThat(response.statusCode()).isEqualTo(status);
		assertProblem(response, status);
		if (field != null) {
			JsonNode errors = json.readTree(response.body()).get("errors");
			assertThat(errors).isNotNull();
			assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
			assertThat(errors.get(0).get("message").asString()).isNotBlank();
		}
		assertThat(json.readTree(get("/api/v1/assessments/" + reference).body()).get("followUps")).isEmpty();
	}

	@Test
	void aCheckInOnAnUnknownReferenceIs404LikeALookup() throws Exception {
		String fine = "{\"course\":\"SAME\",\"severity\":3,\"noWarningSigns\":true}";
		HttpResponse<String> wellFormed = postCheckIn("AAAA-BBBB-CCCC", "application/json", fine);
		HttpResponse<String> malformed = postCheckIn("not-a-reference", "application/json", fine);

		assertThat(wellFormed.statusCode()).isEqualTo(malformed.statusCode()).isEqualTo(404);
		assertProblem(wellFormed, 404);
		assertThat(json.readTree(wellFormed.body()).get("detail")).isEqualTo(json.readTree(malformed.body()).get("detail"));
		assertThat(json.readTree(get("/api/v1/assessments/AAAA-BBBB-CCCC").body()).get("detail"))
			.isEqualTo(json.readTree(wellFormed.body()).get("detail"));
	}

	@Test
	void aCheckInOnAReplacedAssessmentNamesTheNewestOne() throws Exception {
		Answers answers = TestAnswers.at(Location.OUTER_HIP).build();
		String first = assessments.assess(answers).reference();
		String second = assessments.assess(answers).reference();
		String third = assessments.assess(answers).reference();
		assessments.supersede(first, second);
		assessments.supersede(second, third);

		HttpResponse<String> refused = postCheckIn(first, "application/json",
				"{\"course\":\"WORSENING\",\"severity\":6,\"noWarningSigns\":true}");

		assertThat(refused.statusCode()).isEqualTo(409);
		assertProblem(refused, 409);
		assertThat(json.readTree(refused.body()).get("newestReference").asString()).isEqualTo(third);
		assertThat(json.readTree(refused.body()).get("detail").asString()).contains(third);
		assertThat(assessments.find(first).orElseThrow().followUps()).isEmpty();
	}

	@Test
	void anAssessmentTakesThirtyCheckInsThenA409() throws Exception {
		String reference = json.readTree(post("application/json", TENDINOPATHY).body()).get("reference").asString();
		String fine = "{\"course\":\"SAME\",\"severity\":3,\"noWarningSigns\":true}";
		for (int checkIn = 0; checkIn < 30; checkIn++) {
			assertThat(postCheckIn(reference, "application/json", fine).statusCode()).isEqualTo(201);
		}

		HttpResponse<String> refused = postCheckIn(reference, "application/json", fine);

		assertThat(refused.statusCode()).isEqualTo(409);
		assertProblem(refused, 409);
		assertThat(json.readTree(refused.body()).get("limit").asInt()).isEqualTo(30);
		assertThat(json.readTree(get("/api/v1/assessments/" + reference).body()).get("followUps")).hasSize(30);
	}

	@Test
	void aCheckInProblemReadsInTheReadersLanguage() throws Exception {
		String reference = json.readTree(post("application/json", TENDINOPATHY).body()).get("reference").asString();
		HttpResponse<String> response = http.send(request("/api/v1/assessments/" + reference + "/follow-ups")
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Accept-Language", "es")
			.POST(BodyPublishers.ofString("{\"course\":\"SAME\",\"severity\":3}"))
			.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).at("/errors/0/message").asString()).startsWith("responda a las señales");
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

	private HttpResponse<String> postCheckIn(String reference, String contentType, String body)
			throws IOException, InterruptedException {
		return http.send(request("/api/v1/assessments/" + reference + "/follow-ups").header("Content-Type", contentType)
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
