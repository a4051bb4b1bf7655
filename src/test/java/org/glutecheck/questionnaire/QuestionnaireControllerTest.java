package org.glutecheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.ConditionResult;
import org.glutecheck.rulebook.Source;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageReason;
import org.glutecheck.triage.TriageService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Each page of the questionnaire in a web slice, behind the real security configuration: what it
 * asks, how it refuses a missing answer, where Continue and Back lead, the emergency short-circuit,
 * and how a form from an ended sitting is refused. No HTTP session is ever created.
 */
@WebMvcTest(controllers = { QuestionnaireController.class, ResetController.class, ResultController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.glutecheck\\.system\\.WebSecurityConfiguration"))
@Import({ RunTokens.class, DeviceReset.class, EmergencyCheck.class, Pages.class,
		QuestionnaireControllerTest.Clocks.class })
@TestPropertySource(properties = "glutecheck.form-secret=" + QuestionnaireControllerTest.SECRET)
class QuestionnaireControllerTest {

	static final String SECRET = "slice-test-secret-0123456789abcdef";

	@TestConfiguration
	static class Clocks {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RunTokens tokens;

	@MockitoBean
	private TriageService triage;

	@MockitoBean
	private Submissions submissions;

	@MockitoBean
	private AssessmentService assessments;

	private static final Triage SELF_CARE = new Triage(TriageLevel.SELF_CARE, "Self-care is reasonable for now",
			"Nothing you described is a warning sign.", List.of());

	private static final Triage EMERGENCY = new Triage(TriageLevel.EMERGENCY,
			"Call your local emergency number or go to an emergency department now", "Go now.",
			List.of(new TriageReason("SADDLE_NUMBNESS", TriageLevel.EMERGENCY, "Numbness between the legs can mean "
					+ "the nerves at the bottom of the spine are being squeezed.")));

	private static final Assessment RESULT = new Assessment("K7QM-2XD9-4TRB", Instant.parse("2026-11-22T10:15:30Z"),
			"test", SELF_CARE,
			List.of(new ConditionResult("DOMS", "Delayed onset muscle soreness", 91, ConditionResult.Match.STRONG,
					List.of("It began a day or two after a workout."), List.of("It has lasted under a day."),
					"The ache after unaccustomed exercise.", List.of("Keep moving gently."),
					List.of("It is not better after a week."),
					List.of(new Source("MedlinePlus: Muscle aches", "https://medlineplus.gov/ency/article/003178.htm")))),
			List.of(), "Educational only.", new Answers(null, null, null, List.of(Location.WHOLE_BUTTOCK), null, 4, null, null, null,
					null, null, null, null, null, null));

	/** A post from the current sitting with these form fields. */
	private MockHttpServletRequestBuilder page(String step, String... fields) {
		MockHttpServletRequestBuilder request = post("/check/" + step).with(csrf()).param("run", tokens.start());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	/** Everything the pages before "about you" need, as posted fields. */
	private static final String[] COMPLETE = { "noRedFlags", "true", "locations", "WHOLE_BUTTOCK", "side", "BOTH",
			"severity", "4", "duration", "DAYS_1_3", "onset", "AFTER_WORKOUT" };

	@Test
	void theStartPageSaysWhatThisIsAndCreatesNoSession() throws Exception {
		MvcResult result = mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("start"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(xpath("//h1").string("Check your buttock or hip pain"))
			.andExpect(xpath("//form[@action='/check/start']/input[@name='_csrf']").exists())
			.andReturn();
		assertNoSession(result);
	}

	@Test
	void startingIssuesARunTokenAndAsksTheWarningSignsFirst() throws Exception {
		MvcResult result = mvc.perform(post("/check/start").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(xpath("//h1").string("First, do you have any of these warning signs?"))
			.andExpect(xpath("//input[@type='checkbox'][@name='redFlags']").nodeCount(RedFlag.values().length))
			.andExpect(xpath("//input[@name='noRedFlags']").exists())
			.andExpect(xpath("//p[@class='progress']/span").string("Step 1 of 7"))
			.andReturn();
		String run = result.getResponse().getContentAsString().replaceAll("(?s).*name=\"run\" value=\"([^\"]+)\".*", "$1");
		assertThat(tokens.startOf(run)).isPresent();
		assertNoSession(result);
	}

	@Test
	void aPostWithoutTheFormTokenIsRefused() throws Exception {
		mvc.perform(post("/check/start")).andExpect(status().isForbidden());
	}

	@Test
	void theWarningSignsMustBeAnsweredOneWayOrTheOther() throws Exception {
		mvc.perform(page("warning-signs"))
			.andExpect(status().isOk())
			.andExpect(xpath("//title").string(org.hamcrest.Matchers.startsWith("Error: ")))
			.andExpect(xpath("//div[@class='error-summary']//a[@href='#redFlags-BLADDER_BOWEL_LOSS']")
				.string("Tick the warning signs you have, or tick \"None of these\""))
			.andExpect(xpath("//p[@id='redFlags-error']").exists())
			.andExpect(xpath("//fieldset[@aria-describedby='redFlags-hint redFlags-error']").exists());
		verify(triage, never()).triage(any(), anyList());
	}

	@Test
	void aWarningSignAndNoneOfTheseTogetherIsAnError() throws Exception {
		mvc.perform(page("warning-signs", "redFlags", "FEVER", "noRedFlags", "true"))
			.andExpect(xpath("//div[@class='error-summary']//a").string(org.hamcrest.Matchers.containsString("Untick")))
			.andExpect(xpath("//input[@id='redFlags-FEVER'][@checked]").exists())
			.andExpect(xpath("//input[@id='noRedFlags'][@checked]").exists());
	}

	@Test
	void aWarningSignThatTheRulebookCallsAnEmergencyGoesStraightToTheEmergencyPage() throws Exception {
		given(triage.triage(any(), anyList())).willReturn(EMERGENCY);
		mvc.perform(page("warning-signs", "redFlags", "SADDLE_NUMBNESS"))
			.andExpect(status().isOk())
			.andExpect(view().name("emergency"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(xpath("//h1").string("Get emergency help now"))
			.andExpect(xpath("//p[@class='triage-action']")
				.string("Call your local emergency number or go to an emergency department now"))
			.andExpect(xpath("//div[@class='triage-body']//li").string(org.hamcrest.Matchers.containsString("nerves")))
			.andExpect(xpath("//form[@action='/check/change']//input[@name='redFlags'][@value='SADDLE_NUMBNESS']").exists());
		ArgumentCaptor<Answers> asked = ArgumentCaptor.forClass(Answers.class);
		verify(triage).triage(asked.capture(), anyList());
		assertThat(asked.getValue().redFlags()).containsExactly(RedFlag.SADDLE_NUMBNESS);
		assertThat(asked.getValue().locations()).isEmpty();
		assertThat(asked.getValue().severity()).isNull();
		verify(submissions, never()).assess(anyString(), any());
	}

	@Test
	void aWarningSignBelowAnEmergencyGoesOnWithTheQuestions() throws Exception {
		given(triage.triage(any(), anyList())).willReturn(new Triage(TriageLevel.URGENT, "See a doctor today", "Today.",
				List.of(new TriageReason("FEVER", TriageLevel.URGENT, "Fever."))));
		mvc.perform(page("warning-signs", "redFlags", "FEVER"))
			.andExpect(view().name("step"))
			.andExpect(xpath("//h1").string("Where does it hurt?"))
			.andExpect(xpath("//input[@type='hidden'][@name='redFlags'][@value='FEVER']").exists());
	}

	@Test
	void noWarningSignsLeadsToWhereItHurtsWithoutAskingTheRulebook() throws Exception {
		mvc.perform(page("warning-signs", "noRedFlags", "true"))
			.andExpect(xpath("//h1").string("Where does it hurt?"))
			.andExpect(xpath("//input[@type='checkbox'][@name='locations']").nodeCount(Location.values().length))
			.andExpect(xpath("//label[contains(@class,'spot')]").nodeCount(Location.values().length))
			.andExpect(xpath("//input[@type='hidden'][@name='noRedFlags'][@value='true']").exists());
		verify(triage, never()).triage(any(), anyList());
	}

	@Test
	void aMissingAnswerIsNamedAtTheTopAndBesideItsQuestionAndTheOtherAnswersAreKept() throws Exception {
		mvc.perform(page("where", "noRedFlags", "true", "side", "LEFT"))
			.andExpect(xpath("//h1").string("Where does it hurt?"))
			.andExpect(xpath("//div[@class='error-summary']//a[@href='#locations-LOWER_BACK']").string("Tick where it hurts"))
			.andExpect(xpath("//div[contains(@class,'field-error')]//p[@id='locations-error']").exists())
			.andExpect(xpath("//input[@id='side-LEFT'][@checked]").exists())
			.andExpect(xpath("//input[@type='hidden'][@name='noRedFlags']").exists());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "where, locations, side, What does the pain feel like?",
			"feeling, severity, , When and how did it start?",
			"started, duration, onset, What makes it worse or better?" })
	void eachPageRefusesToGoOnWithoutItsRequiredAnswers(String step, String first, String second, String nextTitle)
			throws Exception {
		var refused = mvc.perform(page(step, completeExcept(first, second)))
			.andExpect(view().name("step"))
			.andExpect(xpath("//div[@class='error-summary']//li").nodeCount(second == null ? 1 : 2))
			.andExpect(xpath("//div[@class='error-summary']//a[starts-with(@href, '#%s-')]", first).exists())
			.andExpect(xpath("//p[@id='%s-error']", first).exists());
		if (second != null) {
			refused.andExpect(xpath("//div[@class='error-summary']//a[starts-with(@href, '#%s-')]", second).exists());
		}
		mvc.perform(page(step, COMPLETE)).andExpect(xpath("//h1").string(nextTitle));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "worse-or-better, Your activity and health", "background, About you" })
	void pagesWithoutRequiredAnswersGoOnWhenLeftEmpty(String step, String nextTitle) throws Exception {
		mvc.perform(page(step, COMPLETE)).andExpect(xpath("//h1").string(nextTitle));
	}

	/** Every answer the earlier pages need, except these fields. */
	private static String[] completeExcept(String... fields) {
		java.util.List<String> kept = new java.util.ArrayList<>();
		for (int i = 0; i < COMPLETE.length; i += 2) {
			if (!java.util.Arrays.asList(fields).contains(COMPLETE[i])) {
				kept.add(COMPLETE[i]);
				kept.add(COMPLETE[i + 1]);
			}
		}
		return kept.toArray(String[]::new);
	}

	@Test
	void answersTravelInHiddenFieldsAndEachFieldIsSentOnlyOnce() throws Exception {
		String html = mvc.perform(page("where", "noRedFlags", "true", "locations", "OUTER_HIP", "locations", "LOWER_BACK",
				"side", "RIGHT"))
			.andExpect(xpath("//h1").string("What does the pain feel like?"))
			.andExpect(xpath("//input[@type='hidden'][@name='locations']").nodeCount(2))
			.andExpect(xpath("//input[@type='hidden'][@name='side'][@value='RIGHT']").exists())
			.andExpect(xpath("//input[@type='radio'][@name='severity']").nodeCount(11))
			.andExpect(xpath("//input[@type='hidden'][@name='severity']").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("name=\"locations\" value=\"OUTER_HIP\" checked");
	}

	@Test
	void backShowsThePreviousPageWithItsAnswersTicked() throws Exception {
		mvc.perform(page("feeling", "go", "back", "noRedFlags", "true", "locations", "OUTER_HIP", "side", "RIGHT",
				"severity", "6"))
			.andExpect(xpath("//h1").string("Where does it hurt?"))
			.andExpect(xpath("//input[@id='locations-OUTER_HIP'][@checked]").exists())
			.andExpect(xpath("//input[@id='side-RIGHT'][@checked]").exists())
			.andExpect(xpath("//input[@type='hidden'][@name='severity'][@value='6']").exists());
	}

	@Test
	void theLastPageShowsTheResultOfTheSavedAssessment() throws Exception {
		given(submissions.assess(anyString(), any())).willReturn(RESULT);
		MvcResult result = mvc.perform(page("about-you", COMPLETE).param("ageBand", "AGE_18_39"))
			.andExpect(status().isOk())
			.andExpect(view().name("result"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(xpath("//p[@class='reference-code']").string("K7QM-2XD9-4TRB"))
			.andExpect(xpath("//section[contains(@class,'triage-SELF_CARE')]//h2").string("Self-care is reasonable for now"))
			.andExpect(xpath("//article[@data-condition='DOMS']//p[contains(@class,'match')]/strong").string("Strong match"))
			.andExpect(xpath("//article[@data-condition='DOMS']//a[@href='https://medlineplus.gov/ency/article/003178.htm']")
				.exists())
			.andExpect(xpath("//form[@action='/check/change']//button[@name='to'][@value='where']").exists())
			.andReturn();
		ArgumentCaptor<Answers> saved = ArgumentCaptor.forClass(Answers.class);
		verify(submissions).assess(anyString(), saved.capture());
		assertThat(saved.getValue().locations()).containsExactly(Location.WHOLE_BUTTOCK);
		assertThat(saved.getValue().severity()).isEqualTo(4);
		assertNoSession(result);
	}

	@Test
	void aLastPagePostedWithAnEarlierAnswerMissingGoesBackToThatPage() throws Exception {
		mvc.perform(page("about-you", "noRedFlags", "true", "side", "BOTH", "severity", "4", "duration", "DAYS_1_3",
				"onset", "AFTER_WORKOUT"))
			.andExpect(xpath("//h1").string("Where does it hurt?"))
			.andExpect(xpath("//div[@class='error-summary']").exists());
		verify(submissions, never()).assess(anyString(), any());
	}

	@Test
	void changeFromTheResultReturnsToTheResultAfterThatPage() throws Exception {
		mvc.perform(post("/check/change").with(csrf())
			.param("run", tokens.start())
			.param("to", "where")
			.param("review", "true")
			.param(COMPLETE[0], COMPLETE[1]))
			.andExpect(xpath("//h1").string("Where does it hurt?"))
			.andExpect(xpath("//input[@name='review'][@value='true']").exists())
			.andExpect(xpath("//button[@value='next']").string("Save and go back to my result"));
		given(submissions.assess(anyString(), any())).willReturn(RESULT);
		mvc.perform(page("where", COMPLETE).param("review", "true")).andExpect(view().name("result"));
	}

	@Test
	void aForgedOrMissingRunTokenGetsTheStartPageAndNoAnswers() throws Exception {
		mvc.perform(post("/check/where").with(csrf()).param("run", "r1.1.AAAA.forged").param("locations", "OUTER_HIP"))
			.andExpect(view().name("start"))
			.andExpect(xpath("//div[@class='notice']/h2").string("That questionnaire was ended"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("OUTER_HIP"))));
		mvc.perform(post("/check/where").with(csrf()).param("locations", "OUTER_HIP")).andExpect(view().name("start"));
	}

	@Test
	void aFormFromASittingThatBeganBeforeStartAgainOnThisDeviceIsRefused() throws Exception {
		Instant now = Instant.now();
		String before = new RunTokens(new RunTokenProperties(SECRET, null, Duration.ofHours(2), false), Clock.fixed(now.minusSeconds(60), ZoneOffset.UTC))
			.start();
		Cookie reset = new Cookie(DeviceReset.COOKIE, Long.toString(now.minusSeconds(30).toEpochMilli()));
		mvc.perform(post("/check/where").with(csrf()).cookie(reset).param("run", before).param("locations", "OUTER_HIP"))
			.andExpect(view().name("start"))
			.andExpect(xpath("//div[@class='notice']/h2").string("That questionnaire was ended"));
		mvc.perform(post("/check/warning-signs").with(csrf()).cookie(reset).param("run", tokens.start())
			.param("noRedFlags", "true")).andExpect(xpath("//h1").string("Where does it hurt?"));
	}

	@Test
	void aSittingOlderThanTheLimitIsRefused() throws Exception {
		String stale = new RunTokens(new RunTokenProperties(SECRET, null, Duration.ofHours(2), false), Clock.fixed(Instant.now().minus(Duration.ofHours(3)),
				ZoneOffset.UTC))
			.start();
		mvc.perform(post("/check/warning-signs").with(csrf()).param("run", stale).param("noRedFlags", "true"))
			.andExpect(view().name("start"));
	}

	@Test
	void startAgainRemembersTheResetAndAsksTheBrowserToForget() throws Exception {
		MvcResult result = mvc.perform(get("/start-again"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/?cleared"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().string("Clear-Site-Data", "\"cache\", \"storage\""))
			.andReturn();
		assertThat(result.getResponse().getHeader("Set-Cookie")).startsWith(DeviceReset.COOKIE + "=")
			.contains("HttpOnly", "Path=/", "SameSite=Lax");
		mvc.perform(get("/").param("cleared", ""))
			.andExpect(xpath("//div[@class='notice']/h2").string("Everything was cleared"));
	}

	@Test
	void aQuestionnaireAddressWithoutItsFormLeadsToTheStart() throws Exception {
		mvc.perform(get("/check/where")).andExpect(redirectedUrl("/"));
	}

	@Test
	void anUnknownPageIsNotFound() throws Exception {
		mvc.perform(page("no-such-step")).andExpect(status().isNotFound());
	}

	@Test
	void aSavedResultCanBeOpenedByItsReferenceOffTheClinicTablet() throws Exception {
		given(assessments.find("K7QM-2XD9-4TRB")).willReturn(Optional.of(RESULT));
		mvc.perform(get("/results/K7QM-2XD9-4TRB"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(xpath("//p[@class='reference-code']").string("K7QM-2XD9-4TRB"))
			.andExpect(xpath("//button[@name='to']").doesNotExist());
		mvc.perform(get("/results/AAAA-BBBB-CCCC")).andExpect(status().isNotFound());
	}

	@Test
	void pagesForbidInlineCodeAndFraming() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("script-src 'self'"),
					org.hamcrest.Matchers.containsString("style-src 'self';"),
					org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
	}

	/**
	 * No session cookie is sent. (Whether the server made a session at all is checked against the
	 * running application in org.glutecheck.browser.SiteOverHttpTest: Spring Security's MockMvc support can leave
	 * a session of its own on the mock request.)
	 */
	private static void assertNoSession(MvcResult result) {
		assertThat(result.getResponse().getHeaders("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
	}

}
