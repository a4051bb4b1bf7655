package org.glutecheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.assessment.AssessmentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FHIR over real HTTP, from the servlet container to the database: the same address answers JSON
 * or FHIR by the Accept header alone, with the JSON lookup's 404, 406 and throttle (a context of its
 * own: four misses here, and the test of it last), the security headers and the reader's language; the Questionnaire is
 * served; and no URL in anything served comes from the request's Host or forwarded headers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "glutecheck.lookup-throttle.max-misses=4")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FhirApiTest {

	private static final String FHIR = "application/fhir+json";

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private AssessmentService assessments;

	private String reference;

	@BeforeEach
	void anAssessment() {
		reference = assessments.assess(new Answers(null, null, null, List.of(Location.OUTER_HIP), null, 5, null, null, null,
				null, null, null, null, null, List.of())).reference();
	}

	@Test
	void fhirClientsGetABundleAndJsonClientsTheDocumentAsBefore() throws Exception {
		HttpResponse<String> record = get("/api/v1/assessments/" + reference, FHIR);
		assertThat(record.statusCode()).isEqualTo(200);
		assertThat(record.headers().firstValue("Content-Type")).hasValue("application/fhir+json;charset=UTF-8");
		JsonNode bundle = json.readTree(record.body());
		assertThat(bundle.get("resourceType").asString()).isEqualTo("Bundle");
		assertThat(bundle.get("type").asString()).isEqualTo("collection");
		assertThat(bundle.at("/entry/0/resource/resourceType").asString()).isEqualTo("QuestionnaireResponse");
		assertThat(bundle.at("/entry/1/resource/resourceType").asString()).isEqualTo("RiskAssessment");
		assertThat(bundle.at("/entry/0/resource/identifier/value").asString()).isEqualTo(reference);

		// The last: a client that takes plain JSON at all gets it (docs/fhir.md), whatever its preference.
		for (String accept : new String[] { "application/json", "*/*", "application/*", "application/json, application/fhir+json;q=0.5",
				"application/fhir+json, application/json;q=0.5" }) {
			HttpResponse<String> document = get("/api/v1/assessments/" + reference, accept);
			assertThat(document.statusCode()).as(accept).isEqualTo(200);
			assertThat(document.headers().firstValue("Content-Type")).as(accept).hasValue("application/json");
			assertThat(json.readTree(document.body()).get("reference").asString()).isEqualTo(reference);
		}
		HttpResponse<String> noAccept = http.send(HttpRequest.newBuilder(uri("/api/v1/assessments/" + reference)).build(),
				BodyHandlers.ofString());
		assertThat(noAccept.headers().firstValue("Content-Type")).hasValue("application/json");
		for (String accept : new String[] { "application/fhir+json;fhirVersion=4.0", "application/fhir+json;q=0.9, text/html;q=0.1",
				"application/*+json",
				"application/fhir+xml;q=1.0, application/fhir+json;q=1.0, application/xml+fhir;q=0.9, application/json+fhir;q=0.9" }) {
			HttpResponse<String> asked = get("/api/v1/assessments/" + reference, accept);
			assertThat(asked.headers().firstValue("Content-Type")).as(accept).hasValue("application/fhir+json;charset=UTF-8");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/html", "application/xml", "application/fhir+xml", "application/ld+json",
			"application/fhir+json;q=0" })
	void anAcceptNeitherCanAnswerIs406AsBefore(String accept) throws Exception {
		HttpResponse<String> refused = get("/api/v1/assessments/" + reference, accept);
		assertThat(refused.statusCode()).isEqualTo(406);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json.readTree(refused.body()).get("status").asInt()).isEqualTo(406);
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void anUnknownReferenceGetsTheSame404AndMissesAreThrottledTogether() throws Exception {
		HttpResponse<String> asJson = get("/api/v1/assessments/AAAA-BBBB-CCCC", "application/json");
		HttpResponse<String> asFhir = get("/api/v1/assessments/AAAA-BBBB-CCCC", FHIR);
		assertThat(asFhir.statusCode()).isEqualTo(asJson.statusCode()).isEqualTo(404);
		assertThat(asFhir.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(json.readTree(asFhir.body())).isEqualTo(json.readTree(asJson.body()));
		assertSecurityHeaders(asFhir);

		assertThat(get("/api/v1/assessments/not-a-reference", FHIR).statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/assessments/ZZZZ-ZZZZ-ZZZZ", FHIR).statusCode()).isEqualTo(404);
		HttpResponse<String> refused = get("/api/v1/assessments/" + reference, FHIR);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(get("/api/v1/assessments/" + reference, "application/json").statusCode()).isEqualTo(429);
	}

	@Test
	void theRecordCarriesTheSecurityHeadersAndTheReadersLanguage() throws Exception {
		HttpResponse<String> english = get("/api/v1/assessments/" + reference, FHIR);
		assertSecurityHeaders(english);
		assertThat(english.headers().firstValue("Content-Language")).hasValue("en-GB");
		assertThat(english.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(json.readTree(english.body()).at("/entry/1/resource/language").asString()).isEqualTo("en-GB");

		HttpResponse<String> spanish = http.send(request("/api/v1/assessments/" + reference, FHIR)
			.header("Accept-Language", "es-ES,es;q=0.9")
			.header("Cookie", "gc_lang=en-GB")
			.build(), BodyHandlers.ofString());
		JsonNode risk = json.readTree(spanish.body()).at("/entry/1/resource");
		assertThat(spanish.headers().firstValue("Content-Language")).hasValue("es");
		assertThat(risk.get("language").asString()).isEqualTo("es");
		assertThat(risk.at("/method/text").asString()).startsWith("Libro de reglas de Glute Check");
	}

	@Test
	void theQuestionnaireIsServedInTheReadersLanguage() throws Exception {
		for (String accept : new String[] { FHIR, "application/json", "*/*" }) {
			HttpResponse<String> served = get("/fhir/Questionnaire/glute-check", accept);
			assertThat(served.statusCode()).as(accept).isEqualTo(200);
			assertThat(served.headers().firstValue("Content-Type")).hasValue("application/fhir+json;charset=UTF-8");
			assertSecurityHeaders(served);
			JsonNode questionnaire = json.readTree(served.body());
			assertThat(questionnaire.get("url").asString()).isEqualTo("https://glutecheck.org/fhir/Questionnaire/glute-check");
			assertThat(questionnaire.get("language").asString()).isEqualTo("en-GB");
			assertThat(questionnaire.at("/item/0/item/0/text").asString()).isEqualTo("Warning signs");
		}
		HttpResponse<String> spanish = http.send(request("/fhir/Questionnaire/glute-check", FHIR).header("Accept-Language", "es")
			.build(), BodyHandlers.ofString());
		assertThat(json.readTree(spanish.body()).get("language").asString()).isEqualTo("es");
		assertThat(spanish.headers().firstValue("Content-Language")).hasValue("es");
		assertThat(get("/fhir/Questionnaire/glute-check", "text/html").statusCode()).isEqualTo(406);
		HttpResponse<String> refused = get("/fhir/Questionnaire/glute-check", "application/xml");
		assertThat(refused.statusCode()).isEqualTo(406);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	/** The OpenAPI description's FHIR example is what the lookup answers for the same answers, trimmed. */
	@Test
	void theDescriptionsFhirExampleIsARealRecord() throws Exception {
		JsonNode description = json.readTree(get("/v3/api-docs", "application/json").body());
		JsonNode answers = description.at("/components/examples/OuterHipAnswers/value");
		JsonNode example = description.at("/components/examples/OuterHipFhirRecord/value");
		HttpResponse<String> created = http.send(request("/api/v1/assessments", "application/json")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(answers.toString()))
			.build(), BodyHandlers.ofString());
		String made = json.readTree(created.body()).get("reference").asString();
		JsonNode real = json.readTree(get("/api/v1/assessments/" + made, FHIR).body());
		assertThat(paths(real, "")).containsAll(paths(example, ""));
		for (String path : List.of("/type", "/entry/0/resource/resourceType", "/entry/0/resource/questionnaire",
				"/entry/0/resource/status", "/entry/0/resource/item/0/item/0/answer/0/valueCoding",
				"/entry/1/resource/resourceType", "/entry/1/resource/extension/0/valueCodeableConcept",
				"/entry/1/resource/extension/1/valueCodeableConcept/coding/0/code", "/entry/1/resource/prediction/0/outcome",
				"/entry/1/resource/prediction/0/probabilityDecimal", "/entry/1/resource/mitigation")) {
			assertThat(example.at(path)).as(path).isEqualTo(real.at(path));
		}
	}

	/** Every field name in the document, as paths; arrays by their first element. */
	private static Set<String> paths(JsonNode node, String path) {
		Set<String> paths = new TreeSet<>();
		if (node.isObject()) {
			node.properties().forEach(field -> {
				paths.add(path + "/" + field.getKey());
				paths.addAll(paths(field.getValue(), path + "/" + field.getKey()));
			});
		}
		else if (node.isArray() && !node.isEmpty()) {
			paths.addAll(paths(node.get(0), path + "[]"));
		}
		return paths;
	}

	@Test
	void theCodeSystemsAndExtensionsAreServedAndNothingElse() throws Exception {
		JsonNode conditions = json.readTree(get("/fhir/CodeSystem/conditions", FHIR).body());
		assertThat(conditions.get("url").asString()).isEqualTo("https://glutecheck.org/fhir/CodeSystem/conditions");
		assertThat(conditions.get("concept")).hasSize(10);
		assertThat(get("/fhir/CodeSystem/red-flags", FHIR).statusCode()).isEqualTo(200);
		assertThat(get("/fhir/StructureDefinition/triage-level", FHIR).statusCode()).isEqualTo(200);
		for (String unknown : new String[] { "/fhir/CodeSystem/nope", "/fhir/Patient/1", "/fhir/Questionnaire/other",
				"/fhir/StructureDefinition/conditions" }) {
			HttpResponse<String> missing = get(unknown, FHIR);
			assertThat(missing.statusCode()).as(unknown).isEqualTo(404);
			assertThat(missing.headers().firstValue("Content-Type")).as(unknown).hasValue("application/problem+json");
		}
		HttpResponse<String> text = get("/fhir/CodeSystem/nope", "text/html");
		assertThat(text.statusCode()).isEqualTo(406);
		assertThat(text.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void aForgedHostOrForwardedHostAppearsInNoUrl() throws Exception {
		String emergency = assessments.assessUnfinished(new Answers(null, null, null, List.of(), null, null, null, null, null,
				null, null, null, null, null, List.of(RedFlag.SADDLE_NUMBNESS))).reference();
		for (String path : new String[] { "/api/v1/assessments/" + reference, "/api/v1/assessments/" + emergency,
				"/fhir/Questionnaire/glute-check", "/fhir/CodeSystem/conditions", "/fhir/StructureDefinition/triage-reason" }) {
			String answer = rawGet(path, "Host: evil.example", "X-Forwarded-Host: evil2.example",
					"Forwarded: host=evil3.example;proto=https", "X-Forwarded-Proto: https");
			assertThat(answer).as(path).startsWith("HTTP/1.1 200").doesNotContain("evil");
			assertThat(answer).as(path).contains("https://glutecheck.org/fhir/");
		}
	}

	private static void assertSecurityHeaders(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				policy -> assertThat(policy).contains("default-src 'self'"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
				cache -> assertThat(cache).contains("no-store"));
	}

	/** A GET written by hand: Java's client will not send a Host header of the caller's choosing. */
	private String rawGet(String path, String... headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			request.append("Accept: " + FHIR + "\r\nConnection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return http.send(request(path, accept).build(), BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String accept) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", accept);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
