package org.glutecheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.assessment.AssessmentService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description at /v3/api-docs tells the truth. {@link #STATUSES} is the table of every
 * status each operation can answer, each with a request that gets it from the running API (a
 * server fault excepted); the description must list exactly those, each error as a problem
 * document, and its examples must be what the API answers. Lookups that find nothing are throttled
 * after three here (a context of its own, so no other test is throttled); the table's test runs
 * last, as its 429 leaves this client refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "glutecheck.lookup-throttle.max-misses=3")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiDocumentTest {

	private static final String ASSESS = "POST /api/v1/assessments";

	private static final String FIND = "GET /api/v1/assessments/{reference}";

	private static final String CONDITIONS = "GET /api/v1/conditions";

	private static final String CHECK_IN = "POST /api/v1/assessments/{reference}/follow-ups";

	private static final String ANSWERS = "{\"locations\":[\"OUTER_HIP\"]}";

	private static final String FINE = "{\"course\":\"SAME\",\"severity\":3,\"noWarningSigns\":true}";

	/** How to get a status from the running API: a request, given a reference that exists and one that was replaced. */
	private interface Provoke extends Function<References, HttpRequest.Builder> {
	}

	/** An assessment that exists, and one that a newer version replaced. */
	private record References(String reference, String replaced) {
	}

	/** One status an operation can answer; {@code provoke} is null for a server fault, which no request can cause. */
	private record Status(String operation, int code, Provoke provoke) {
	}

	/**
	 * Every status each operation can answer. A new status in a controller, a filter or the error
	 * controller belongs here, with a request that gets it, and in the controller's @ApiResponses.
	 * A 429 comes last: the lookups that found nothing before it have used up the allowance.
	 */
	private static final List<Status> STATUSES = List.of(
			new Status(ASSESS, 201, made -> json("/api/v1/assessments", ANSWERS)),
			new Status(ASSESS, 400, made -> json("/api/v1/assessments", "{\"locations\":[\"OUTER_HIPS\"]}")),
			new Status(ASSESS, 406, made -> json("/api/v1/assessments", ANSWERS).setHeader("Accept", "application/xml")),
			new Status(ASSESS, 413, made -> json("/api/v1/assessments",
					"{\"locations\":[\"OUTER_HIP\"],\"padding\":\"" + "x".repeat(70_000) + "\"}")),
			new Status(ASSESS, 415, made -> request("/api/v1/assessments").header("Content-Type", "text/plain")
				.POST(BodyPublishers.ofString("locations=OUTER_HIP"))),
			new Status(ASSESS, 500, null),
			new Status(FIND, 200, made -> request("/api/v1/assessments/" + made.reference()).GET()),
			new Status(FIND, 400, made -> request("/api/v1/assessments/AB%2FCD").GET()),
			new Status(FIND, 404, made -> request("/api/v1/assessments/AAAA-BBBB-CCCC").GET()),
			new Status(FIND, 406, made -> request("/api/v1/assessments/" + made.reference()).setHeader("Accept", "text/html").GET()),
			new Status(FIND, 500, null),
			new Status(CHECK_IN, 201, made -> json(checkIn(made.reference()), FINE)),
			new Status(CHECK_IN, 400, made -> json(checkIn(made.reference()), "{\"course\":\"SAME\",\"severity\":3}")),
			new Status(CHECK_IN, 404, made -> json(checkIn("AAAA-BBBB-CCCC"), FINE)),
			new Status(CHECK_IN, 406, made -> json(checkIn(made.reference()), FINE).setHeader("Accept", "text/html")),
			new Status(CHECK_IN, 409, made -> json(checkIn(made.replaced()), FINE)),
			new Status(CHECK_IN, 413, made -> json(checkIn(made.reference()), "{\"course\":\"SAME\",\"padding\":\""
					+ "x".repeat(70_000) + "\"}")),
			new Status(CHECK_IN, 415, made -> request(checkIn(made.reference())).header("Content-Type", "text/plain")
				.POST(BodyPublishers.ofString("course=SAME"))),
			new Status(CHECK_IN, 500, null),
			new Status(CONDITIONS, 200, made -> request("/api/v1/conditions").GET()),
			new Status(CONDITIONS, 406, made -> request("/api/v1/conditions").setHeader("Accept", "application/xml").GET()),
			new Status(CONDITIONS, 500, null),
			new Status(FIND, 429, made -> request("/api/v1/assessments/" + made.reference()).GET()),
			new Status(CHECK_IN, 429, made -> json(checkIn(made.reference()), FINE)));

	private static int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int localPort;

	@Autowired
	private AssessmentService assessments;

	@BeforeEach
	void port() {
		port = localPort;
	}

	@Test
	void everyOperationDocumentsExactlyTheStatusesItCanAnswer() throws Exception {
		JsonNode document = document();
		Map<String, Set<Integer>> documented = new TreeMap<>();
		document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			Set<Integer> codes = new TreeSet<>();
			operation.getValue().get("responses").propertyNames().forEach(code -> codes.add(Integer.valueOf(code)));
			documented.put(operation.getKey().toUpperCase() + " " + path.getKey(), codes);
		}));
		Map<String, Set<Integer>> expected = STATUSES.stream()
			.collect(Collectors.groupingBy(Status::operation, TreeMap::new,
					Collectors.mapping(Status::code, Collectors.toCollection(TreeSet::new))));
		assertThat(documented).isEqualTo(expected);
	}

	@Test
	void everyErrorIsAProblemDocumentAndEveryOperationIsOpenToAll() throws Exception {
		JsonNode document = document();
		for (Status status : STATUSES) {
			JsonNode operation = operation(document, status.operation());
			assertThat(operation.get("security")).as("%s needs no credentials", status.operation()).isNotNull().isEmpty();
			JsonNode response = resolve(document, operation.at("/responses/" + status.code()));
			assertThat(response.get("description").asString()).as("%s %s", status.operation(), status.code()).isNotBlank();
			if (status.code() < 400) {
				assertThat(response.get("content").propertyNames()).containsExactly("application/json");
				continue;
			}
			assertThat(response.get("content").propertyNames()).as("%s %s", status.operation(), status.code())
				.containsExactly("application/problem+json");
			JsonNode schema = resolveSchema(document, response.at("/content/application~1problem+json/schema"));
			assertThat(isProblem(document, schema)).as("%s %s is a problem document", status.operation(), status.code()).isTrue();
		}
		JsonNode invalid = resolveSchema(document, resolve(document, operation(document, ASSESS).at("/responses/400"))
			.at("/content/application~1problem+json/schema"));
		assertThat(invalid.toString()).contains("#/components/schemas/FieldError");
		assertThat(resolve(document, operation(document, ASSESS).at("/responses/201")).at("/headers/Location/required").asBoolean())
			.isTrue();
		assertThat(resolve(document, operation(document, FIND).at("/responses/429")).at("/headers/Retry-After")).isNotNull()
			.isNotEmpty();
		assertThat(resolve(document, operation(document, CHECK_IN).at("/responses/201")).at("/headers/Location/required")
			.asBoolean()).isTrue();
		assertThat(resolve(document, operation(document, CHECK_IN).at("/responses/429")).at("/headers/Retry-After"))
			.isNotEmpty();
	}

	/** Last: its 429 leaves this client's lookups and check-ins refused for the rest of the context. */
	@Test
	@Order(Integer.MAX_VALUE)
	void everyStatusInTheTableIsReallyAnswered() throws Exception {
		HttpResponse<String> created = send(json("/api/v1/assessments", ANSWERS));
		References made = new References(json.readTree(created.body()).get("reference").asString(), replaced());
		for (Status status : STATUSES) {
			if (status.provoke() == null) {
				continue;
			}
			HttpResponse<String> response = send(status.provoke().apply(made));
			for (int misses = 0; status.code() == 429 && response.statusCode() != 429 && misses < 5; misses++) {
				send(request("/api/v1/assessments/AAAA-BBBB-CCC" + misses).GET());
				response = send(status.provoke().apply(made));
			}
			assertThat(response.statusCode()).as("%s -> %s", status.operation(), status.code()).isEqualTo(status.code());
			if (status.code() >= 400) {
				assertThat(response.headers().firstValue("Content-Type")).as("%s -> %s", status.operation(), status.code())
					.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
				assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(status.code());
			}
			if (status.code() == 201) {
				assertThat(response.headers().firstValue("Location")).isPresent();
			}
			if (status.code() == 429) {
				assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
						seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
			}
		}
	}

	@Test
	void theExamplesAreWhatTheApiAnswers() throws Exception {
		JsonNode document = document();
		JsonNode examples = document.at("/components/examples");
		JsonNode answers = examples.at("/OuterHipAnswers/value");
		JsonNode example = examples.at("/OuterHipAssessment/value");
		assertThat(operation(document, ASSESS).at("/requestBody/content/application~1json/examples/outerHip/$ref").asString())
			.isEqualTo("#/components/examples/OuterHipAnswers");

		HttpResponse<String> created = send(json("/api/v1/assessments", answers.toString()));
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode real = json.readTree(created.body());
		assertThat(fields(example)).isEqualTo(fields(real));
		assertThat(example.at("/triage/level")).isEqualTo(real.at("/triage/level"));
		assertThat(example.at("/triage/reasons/0/code")).isEqualTo(real.at("/triage/reasons/0/code"));
		assertThat(example.at("/conditions/0/id")).isEqualTo(real.at("/conditions/0/id"));
		assertThat(example.get("answers")).isEqualTo(real.get("answers"));

		HttpResponse<String> invalid = send(json("/api/v1/assessments", "{\"locations\":[\"OUTER_HIPS\"]}"));
		JsonNode invalidExample = examples.at("/InvalidAnswersProblem/value");
		assertThat(json.readTree(invalid.body())).isEqualTo(invalidExample);
	}

	@Test
	void theCheckInExamplesAreWhatTheApiAnswers() throws Exception {
		JsonNode document = document();
		JsonNode examples = document.at("/components/examples");
		JsonNode checkIn = examples.at("/FeverCheckIn/value");
		JsonNode example = examples.at("/FeverCheckInAssessment/value");
		assertThat(operation(document, CHECK_IN).at("/requestBody/content/application~1json/examples/fever/$ref").asString())
			.isEqualTo("#/components/examples/FeverCheckIn");
		String reference = json.readTree(send(json("/api/v1/assessments", examples.at("/OuterHipAnswers/value").toString()))
			.body()).get("reference").asString();

		HttpResponse<String> checkedIn = send(json(checkIn(reference), checkIn.toString()));
		assertThat(checkedIn.statusCode()).isEqualTo(201);
		JsonNode real = json.readTree(checkedIn.body());
		assertThat(fields(example)).isEqualTo(fields(real));
		for (String pointer : List.of("/triage/level", "/triage/reasons", "/followUps/0/triage", "/followUps/0/redFlags",
				"/answers")) {
			assertThat(example.at(pointer)).as(pointer).isEqualTo(real.at(pointer));
		}

		HttpResponse<String> invalid = send(json(checkIn(reference), "{\"course\":\"SAME\",\"severity\":5}"));
		assertThat(json.readTree(invalid.body().replace(reference, "XZ8P-VZX6-JB7P")))
			.isEqualTo(examples.at("/InvalidCheckInProblem/value"));
		String replaced = replaced();
		String newest = assessments.newestVersion(replaced).orElseThrow();
		HttpResponse<String> refused = send(json(checkIn(replaced), FINE));
		assertThat(json.readTree(refused.body().replace(replaced, "XZ8P-VZX6-JB7P").replace(newest, "K7QM-2XD9-4TRB")))
			.isEqualTo(examples.at("/SupersededProblem/value"));
		int limit = examples.at("/TooManyCheckInsProblem/value/limit").asInt();
		for (int checkIns = 1; checkIns < limit; checkIns++) {
			assertThat(send(json(checkIn(reference), FINE)).statusCode()).isEqualTo(201);
		}
		HttpResponse<String> full = send(json(checkIn(reference), FINE));
		assertThat(json.readTree(full.body().replace(reference, "XZ8P-VZX6-JB7P")))
			.isEqualTo(examples.at("/TooManyCheckInsProblem/value"));
	}

	@Test
	void theDescriptionNamesTheProductItsVersionAndNeedsNoCredentials() throws Exception {
		JsonNode info = document().get("info");
		assertThat(info.get("title").asString()).isEqualTo("Glute Check API");
		assertThat(info.get("version").asString()).matches("\\d+\\.\\d+\\.\\d+(-[A-Z]+)?\\+contract\\."
				+ OpenApiConfiguration.CONTRACT_VERSION);
		assertThat(info.get("description").asString()).contains("needs no account, no key, no token", "RFC 9457");
		assertThat(document().get("servers")).hasSize(1);
		assertThat(document().at("/servers/0/url").asString()).isEqualTo("/");
	}

	/**
	 * Redocly's recommended rules find no error, when the Redocly CLI is installed (on the PATH as
	 * {@code redocly}, or named by REDOCLY_CLI); nothing is downloaded. Otherwise skipped: run
	 * {@code bin/lint-openapi}, which saves nothing and needs npm's registry once.
	 */
	@Test
	void redoclyFindsNoError() throws Exception {
		Optional<String> redocly = redocly();
		Assumptions.assumeTrue(redocly.isPresent(),
				"Redocly CLI not installed (no `redocly` on the PATH, no REDOCLY_CLI): run bin/lint-openapi instead");
		Path saved = saveDocument();
		Process lint = new ProcessBuilder(redocly.get(), "lint", "--format=stylish", saved.toString()).redirectErrorStream(true)
			.start();
		String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(lint.exitValue()).as(output).isZero();
	}

	private Optional<String> redocly() {
		String named = System.getenv("REDOCLY_CLI");
		if (named != null && new File(named).canExecute()) {
			return Optional.of(named);
		}
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map(directory -> new File(directory, "redocly"))
			.filter(File::canExecute)
			.map(File::getPath)
			.findFirst();
	}

	/** The document as served, saved where bin/lint-openapi looks for it. */
	private Path saveDocument() throws Exception {
		Path saved = Path.of("target", "openapi.json");
		Files.createDirectories(saved.getParent());
		Files.writeString(saved, send(request("/v3/api-docs").GET()).body());
		return saved;
	}

	private static boolean isProblem(JsonNode document, JsonNode schema) {
		if (schema.equals(document.at("/components/schemas/Problem"))) {
			return true;
		}
		JsonNode allOf = schema.get("allOf");
		if (allOf == null) {
			return false;
		}
		for (JsonNode part : allOf) {
			if ("#/components/schemas/Problem".equals(part.path("$ref").asString(""))) {
				return true;
			}
		}
		return false;
	}

	/** Every field name in the document, as paths; arrays by their first element. */
	private static Set<String> fields(JsonNode node) {
		Set<String> fields = new TreeSet<>();
		collect(node, "", fields);
		return fields;
	}

	private static void collect(JsonNode node, String path, Set<String> fields) {
		if (node.isObject()) {
			node.properties().forEach(field -> {
				fields.add(path + "/" + field.getKey());
				collect(field.getValue(), path + "/" + field.getKey(), fields);
			});
		}
		else if (node.isArray() && !node.isEmpty()) {
			collect(node.get(0), path + "[]", fields);
		}
	}

	private static JsonNode operation(JsonNode document, String operation) {
		String[] methodAndPath = operation.split(" ", 2);
		JsonNode found = document.get("paths").get(methodAndPath[1]).get(methodAndPath[0].toLowerCase());
		assertThat(found).as(operation).isNotNull();
		return found;
	}

	private static JsonNode resolve(JsonNode document, JsonNode node) {
		assertThat(node.isMissingNode()).isFalse();
		JsonNode ref = node.get("$ref");
		return ref == null ? node : document.at(ref.asString().substring(1));
	}

	private static JsonNode resolveSchema(JsonNode document, JsonNode schema) {
		return resolve(document, schema);
	}

	private JsonNode document() throws Exception {
		HttpResponse<String> response = send(request("/v3/api-docs").GET());
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), BodyHandlers.ofString());
	}

	/** An assessment that a newer version of the same person's answers replaced. */
	private String replaced() {
		Answers answers = TestAnswers.at(Location.OUTER_HIP).build();
		String earlier = assessments.assess(answers).reference();
		assessments.supersede(earlier, assessments.assess(answers).reference());
		return earlier;
	}

	private static String checkIn(String reference) {
		return "/api/v1/assessments/" + reference + "/follow-ups";
	}

	private static HttpRequest.Builder json(String path, String body) {
		return request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(body));
	}

	private static HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json");
	}

}
