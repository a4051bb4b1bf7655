package org.glutecheck.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.glutecheck.rulebook.RulebookReleases;
import org.glutecheck.rulebook.RulebookTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The whole site in Spanish over the real application: the questionnaire walked page by page (and
 * to the emergency page), the result, privacy, errors, the desk, the API and its problems. No
 * Spanish page shows any English text that has a Spanish translation; every page says lang="es".
 * The same saved result reads in Spanish for the person and in English for the desk.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:glutecheck-spanish;DB_CLOSE_DELAY=-1",
		"glutecheck.retention.cron=-", "glutecheck.form-secret=spanish-site-test-secret-0123456789abcdef" })
@AutoConfigureMockMvc
class SpanishSiteTest {

	private static final Pattern RUN = Pattern.compile("name=\"run\" value=\"([^\"]+)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern REFERENCE = Pattern.compile("class=\"reference-code\">([A-Z0-9-]{14})<");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RulebookReleases releases;

	/** Every English text that reads differently in Spanish: page words and the live rulebook's texts. */
	private final Map<String, String> english = new LinkedHashMap<>();

	private final List<MockHttpServletResponse> responses = new ArrayList<>();

	/** The form token of the last page, as a browser sends it back. */
	private String formToken;

	/** The cookies the site has set so far (the form token's, the sitting's, the language's), by name. */
	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	@BeforeEach
	void englishTexts() throws IOException {
		Properties en = properties("messages.properties");
		Properties es = properties("messages_es.properties");
		for (String key : en.stringPropertyNames()) {
			// Each language's name is shown in itself, in an element that says its language.
			if (!key.equals("language.name") && !en.getProperty(key).equals(es.getProperty(key))) {
				english.put(key, en.getProperty(key));
			}
		}
		Map<String, Object> spanish = RulebookTexts.of(releases.live(Locale.forLanguageTag("es")));
		RulebookTexts.of(releases.live()).forEach((id, text) -> {
			List<?> items = text instanceof List<?> list ? list : List.of(text);
			List<?> translated = spanish.get(id) instanceof List<?> list ? list : List.of(spanish.get(id));
			for (int i = 0; i < items.size(); i++) {
				if (!items.get(i).equals(translated.get(i))) {
					english.put(id + "[" + i + "]", items.get(i).toString());
				}
			}
		});
	}

	@Test
	void theQuestionnaireReadsInSpanishFromStartToResult() throws Exception {
		String start = spanishPage(get("/"));
		assertThat(start).contains("Revise su dolor de glúteo o de cadera", "Empezar ahora", "hreflang=\"en-GB\"");

		Map<String, List<String>> answers = new LinkedHashMap<>();
		String page = spanishPage(post("/check/start").with(this::form));
		assertThat(page).contains("¿tiene alguna de estas señales de alarma?", "Ninguna de estas");
		answers.put("run", List.of(run(page)));
		page = step("warning-signs", answers, "noWarningSigns", "true");
		assertThat(page).contains("¿Dónde le duele?", "En el lateral de la cadera, sobre el saliente del hueso",
				"Visto por detrás");
		page = step("where", answers, "locations", "OUTER_HIP", "side", "LEFT");
		assertThat(page).contains("¿Cómo es el dolor?");
		page = step("feeling", answers, "severity", "6", "qualities", "ACHING");
		page = step("started", answers, "duration", "WEEKS_1_6", "onset", "GRADUAL");
		page = step("worse-or-better", answers, "aggravators", "LYING_ON_SIDE", "aggravators", "SINGLE_LEG_STANCE");
		page = step("background", answers);
		page = step("about-you", answers, "ageBand", "AGE_50_59", "sex", "FEMALE");
		assertThat(page).contains("Su resultado", "Pida cita con un fisioterapeuta o un médico",
				"Tendinopatía glútea (síndrome de dolor del trocánter mayor)", "Lo que encaja",
				"Le duele tumbarse sobre ese lado por la noche", "Qué puede hacer ahora", "Fuentes (en inglés)");
		assertThat(page).containsPattern("Hecho el \\d{1,2} de [a-z]+ de \\d{4}, \\d{2}:\\d{2}");
		// The result has its own address in the sitting, so the switch shows it again there, in English.
		String reference = reference(page);
		assertThat(page).contains("href=\"/check/result?lang=en-GB\"").doesNotContain("href=\"/results/" + reference);
		String switched = send(get("/check/result?lang=en-GB")).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(switched).contains("<html lang=\"en-GB\"", "Your result", "Gluteal tendinopathy", reference);
		assertThat(spanishPage(get("/results/" + reference).cookie(new Cookie("gc_lang", "es"))))
			.contains("href=\"/results/" + reference + "?lang=en-GB\"");

		// The same record: in Spanish for the person, in English for whoever reads English.
		cookies.remove("gc_lang");
		assertThat(spanishPage(get("/results/" + reference))).contains("Tendinopatía glútea");
		String inEnglish = mvc.perform(get("/results/" + reference).header("Accept-Language", "en-GB"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(inEnglish).contains("<html lang=\"en-GB\"", "Gluteal tendinopathy",
				"Book an appointment with a physiotherapist or doctor").doesNotContain("Tendinopatía");
		String desk = mvc.perform(get("/desk/assessments/" + reference).with(user("alice").roles("STAFF"))
			.header("Accept-Language", "en-GB")).andReturn().getResponse().getContentAsString();
		assertThat(desk).contains("Gluteal tendinopathy", "Lying on that side at night hurts");
		String deskInSpanish = spanishPage(get("/desk/assessments/" + reference).with(user("alice").roles("STAFF")));
		assertThat(deskInSpanish).contains("Tendinopatía glútea", "Evaluación " + reference);
		noSessionEver();
	}

	@Test
	void theEmergencyPageReadsInSpanishAndItsSwitchKeepsTheAnswers() throws Exception {
		String page = spanishPage(post("/check/start").with(this::form));
		Map<String, List<String>> answers = new LinkedHashMap<>();
		answers.put("run", List.of(run(page)));
		page = step("warning-signs", answers, "redFlags", "SADDLE_NUMBNESS");
		assertThat(page).contains("Pida ayuda urgente ahora",
				"Llame ahora al número de emergencias de su zona o vaya a un servicio de urgencias",
				"síndrome de cola de caballo", "form=\"emergency-form\"");
		// The switch posts the answers again: the same emergency, in English, and the choice kept.
		MvcResult english = send(post("/check/warning-signs").with(this::form)
			.param("lang", "en-GB")
			.param("run", answers.get("run").get(0))
			.param("redFlags", "SADDLE_NUMBNESS")
			.header("Accept-Language", "es"));
		assertThat(english.getResponse().getContentAsString()).contains("<html lang=\"en-GB\"", "Get emergency help now",
				"cauda equina syndrome");
		assertThat(responses).flatExtracting(response -> response.getHeaders("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("gc_lang=en-GB").contains("Max-Age=31536000", "HttpOnly"));
		assertThat(english.getResponse().getHeader("Content-Language")).isEqualTo("en-GB");
	}

	@Test
	void aCheckInReadsInSpanishToTheResultWithItsChart() throws Exception {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		answers.put("run", List.of(run(spanishPage(post("/check/start").with(this::form)))));
		String result = step("about-you", answers, "noWarningSigns", "true", "locations", "WHOLE_BUTTOCK", "side",
				"BOTH", "severity", "5", "duration", "DAYS_1_3", "onset", "AFTER_WORKOUT");
		String reference = reference(result);
		assertThat(result).contains("¿Cómo está ahora?", "Contar cómo está ahora");

		String page = spanishPage(post("/check-in").with(this::form).param("code", reference));
		assertThat(page).contains("Primero, ¿tiene ahora alguna de estas señales de alarma?", "Ninguna de estas",
				"¿Cómo está ahora? Paso 1 de 2");
		String run = run(page);
		page = spanishPage(post("/check-in/warning-signs").with(this::form).param("run", run).param("noWarningSigns", "true"));
		assertThat(page).contains("¿Cómo está el dolor ahora?", "¿el dolor está mejorando o empeorando?");
		page = spanishPage(post("/check-in/now").with(this::form).param("run", run).param("noWarningSigns", "true"));
		assertThat(page).contains("Elija si el dolor está mejorando, más o menos igual o empeorando");
		page = spanishPage(post("/check-in/now").with(this::form)
			.param("run", run)
			.param("noWarningSigns", "true")
			.param("course", "WORSENING")
			.param("severity", "7"));
		assertThat(page).contains("Gracias: su revisión está guardada", "Una revisión subió el nivel de este resultado",
				"Su peor dolor a lo largo del tiempo", "Sus revisiones", "Está empeorando", "7 de 10",
				"El dolor está peor que cuando respondió la primera vez");
		assertThat(page).containsPattern("Revisión del \\d{1,2} de [a-z]+ de \\d{4}, \\d{2}:\\d{2}");
		noSessionEver();
	}

	@Test
	void theSwitchOnAQuestionShowsItAgainWithEveryAnswerKept() throws Exception {
		String page = send(post("/check/start").with(this::form).header("Accept-Language", "en-GB")).getResponse()
			.getContentAsString();
		assertThat(page).contains("form=\"step-form\"", "formaction=\"/check/change?to=warning-signs&amp;lang=es\"");
		String run = run(page);
		String where = send(post("/check/change").with(this::form)
			.param("to", "where").param("lang", "es").param("run", run).param("noWarningSigns", "true")
			.param("locations", "SIT_BONE")).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(where).contains("<html lang=\"es\"", "¿Dónde le duele?").containsPattern("value=\"SIT_BONE\"[^>]*checked");
	}

	@Test
	void otherPagesErrorsAndTheChoiceCookie() throws Exception {
		assertThat(spanishPage(get("/privacy"))).contains("Sus respuestas y su privacidad", "Idiomas",
				"todavía no los ha revisado un profesional sanitario que domine el español");
		assertThat(spanishPage(get("/start-again/confirm"))).contains("¿Borrar sus respuestas y empezar de nuevo?");
		assertThat(spanishPage(get("/results/ZZZZ-ZZZZ-ZZZZ"))).contains("Ningún resultado tiene ese código");
		assertThat(spanishPage(get("/desk/sign-in"))).contains("Acceso del personal");
		MockHttpServletResponse missing = mvc.perform(get("/no-such-page").header("Accept-Language", "es")
			.accept(MediaType.TEXT_HTML)).andReturn().getResponse();
		assertThat(missing.getStatus()).isEqualTo(404);
		// The cookie beats Accept-Language; an unknown language in it is ignored.
		String chosen = mvc.perform(get("/").header("Accept-Language", "en-GB").cookie(new Cookie("gc_lang", "es")))
			.andReturn().getResponse().getContentAsString();
		assertThat(chosen).contains("<html lang=\"es\"");
		String unknown = mvc.perform(get("/").header("Accept-Language", "es").cookie(new Cookie("gc_lang", "xx")))
			.andReturn().getResponse().getContentAsString();
		assertThat(unknown).contains("<html lang=\"es\"");
		String french = mvc.perform(get("/").header("Accept-Language", "fr-FR, de;q=0.8"))
			.andReturn().getResponse().getContentAsString();
		assertThat(french).contains("<html lang=\"en-GB\"");
		String latin = mvc.perform(get("/").header("Accept-Language", "fr, es-MX;q=0.9, en;q=0.5"))
			.andReturn().getResponse().getContentAsString();
		assertThat(latin).contains("<html lang=\"es\"");
		noSessionEver();
	}

	@Test
	void theApiAnswersInTheLanguageAskedFor() throws Exception {
		String answers = "{\"locations\":[\"OUTER_HIP\"],\"side\":\"LEFT\",\"severity\":6,\"duration\":\"WEEKS_1_6\","
				+ "\"onset\":\"GRADUAL\",\"aggravators\":[\"LYING_ON_SIDE\"],\"noWarningSigns\":true}";
		MockHttpServletResponse made = mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
			.content(answers).header("Accept-Language", "es-ES").cookie(new Cookie("gc_lang", "en-GB")))
			.andReturn().getResponse();
		assertThat(made.getStatus()).isEqualTo(201);
		assertThat(made.getHeader("Content-Language")).isEqualTo("es");
		assertThat(made.getContentAsString()).contains("Pida cita con un fisioterapeuta o un médico",
				"Esta herramienta es educativa");
		String location = made.getHeader("Location");
		MockHttpServletResponse read = mvc.perform(get(location).header("Accept-Language", "en-GB")).andReturn().getResponse();
		assertThat(read.getHeader("Content-Language")).isEqualTo("en-GB");
		assertThat(read.getContentAsString()).contains("Book an appointment with a physiotherapist or doctor");

		MockHttpServletResponse problem = mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
			.content("{\"severity\": \"a lot\"}").header("Accept-Language", "es")).andReturn().getResponse();
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getHeader("Content-Language")).isEqualTo("es");
		assertThat(problem.getContentAsString()).contains("Las respuestas no son válidas", "un número entero");
		MockHttpServletResponse notFound = mvc.perform(get("/api/v1/assessments/ZZZZ-ZZZZ-ZZZZ")
			.header("Accept-Language", "es")).andReturn().getResponse();
		assertThat(notFound.getContentAsString()).contains("No existe esa evaluación");
		String conditions = mvc.perform(get("/api/v1/conditions").header("Accept-Language", "es"))
			.andReturn().getResponse().getContentAsString();
		assertThat(conditions).contains("Síndrome del piriforme", "Ciática (radiculopatía lumbar)");
	}

	@Test
	void theDeskAndItsExportInSpanish() throws Exception {
		String list = spanishPage(get("/desk").with(user("alice").roles("STAFF")));
		assertThat(list).contains("Evaluaciones de hoy").containsPattern("[a-záéíóú]+, \\d{1,2} de [a-z]+ de \\d{4}");
		String today = java.time.LocalDate.now().toString();
		MockHttpServletResponse csv = mvc.perform(get("/desk/export.csv").param("from", today).param("to", today)
			.with(user("alice").roles("STAFF")).header("Accept-Language", "es")).andReturn().getResponse();
		assertThat(csv.getContentAsString()).startsWith(
				"fecha_hora,referencia,nivel_triaje,causa_principal,nombre_causa_principal,version_reglas,vista_el,reemplaza_a,reemplazada_por\r\n");
	}

	/** A post as the browser sends it from the last page: its form token and the token's cookie. */
	private org.springframework.mock.web.MockHttpServletRequest form(org.springframework.mock.web.MockHttpServletRequest request) {
		if (formToken == null) {
			try {
				spanishPage(get("/"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		request.addParameter("_csrf", formToken);
		return request;
	}

	/** The cookies so far, as a browser sends them; a cookie the test names itself wins. */
	private org.springframework.mock.web.MockHttpServletRequest withCookies(
			org.springframework.mock.web.MockHttpServletRequest request) {
		Map<String, Cookie> sent = new LinkedHashMap<>(cookies);
		if (request.getCookies() != null) {
			for (Cookie named : request.getCookies()) {
				sent.put(named.getName(), named);
			}
		}
		request.setCookies(sent.values().toArray(Cookie[]::new));
		return request;
	}

	/** Performs the request as a browser does: with the cookies so far, following the site's redirects. */
	private MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request.with(this::withCookies)).andReturn();
		MockHttpServletResponse response = result.getResponse();
		responses.add(response);
		for (Cookie set : response.getCookies()) {
			if (set.getMaxAge() == 0 || set.getValue() == null || set.getValue().isEmpty()) {
				cookies.remove(set.getName());
			}
			else {
				cookies.put(set.getName(), set);
			}
		}
		String location = response.getRedirectedUrl();
		if (location == null || !location.startsWith("/")) {
			return result;
		}
		MockHttpServletRequestBuilder follow = get(location);
		String language = result.getRequest().getHeader("Accept-Language");
		return send(language == null ? follow : follow.header("Accept-Language", language));
	}

	/** Posts one page of questions with every answer so far plus these, and returns the next page. */
	private String step(String path, Map<String, List<String>> answers, String... fields) throws Exception {
		for (int i = 0; i < fields.length; i += 2) {
			answers.computeIfAbsent(fields[i], f -> new ArrayList<>()).add(fields[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/check/" + path).with(this::form).param("go", "next");
		answers.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return spanishPage(request);
	}

	/** The page in Spanish: lang="es", Content-Language es, and no English text that Spanish has. */
	private String spanishPage(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = send(request.header("Accept-Language", "es"));
		MockHttpServletResponse response = result.getResponse();
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(html).isLessThan(500);
		Matcher token = CSRF.matcher(html);
		if (token.find()) {
			formToken = token.group(1);
		}
		assertThat(html).contains("<html lang=\"es\"");
		assertThat(response.getHeader("Content-Language")).isEqualTo("es");
		String text = HtmlUtils.htmlUnescape(html);
		String where = result.getRequest().getRequestURI();
		english.forEach((id, words) -> {
			assertThat(text).as("English %s on %s", id, where).doesNotContain(">" + words + "<");
			// An attribute (a label, a confirmation); single words there are class names.
			if (words.contains(" ")) {
				assertThat(text).as("English %s on %s", id, where).doesNotContain("\"" + words + "\"");
			}
		});
		// Long sentences anywhere, however they are wrapped.
		english.values()
			.stream()
			.filter(words -> words.length() > 40 && !words.contains("{"))
			.forEach(words -> assertThat(text).doesNotContain(words));
		return html;
	}

	private void noSessionEver() {
		assertThat(responses).allSatisfy(response -> assertThat(response.getCookie("JSESSIONID")).isNull());
	}

	private static String run(String page) {
		Matcher matcher = RUN.matcher(page);
		assertThat(matcher.find()).as("a run token on the page").isTrue();
		return matcher.group(1);
	}

	private static String reference(String page) {
		Matcher matcher = REFERENCE.matcher(page);
		assertThat(matcher.find()).as("a reference code on the page").isTrue();
		return matcher.group(1);
	}

	private static Properties properties(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
