package org.glutecheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import org.glutecheck.answers.AgeBand;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.ContextFactor;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.Symptom;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.VersionedAssessment;
import org.glutecheck.assessment.ConditionResult;
import org.glutecheck.assessment.ConsiderAlsoResult;
import org.glutecheck.rulebook.Match;
import org.glutecheck.rulebook.Source;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageReason;
import org.glutecheck.triage.TriageService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Each page of the questionnaire in a web slice, behind the real security configuration: what it
 * asks, how it refuses a missing answer, where Continue and Back lead, the emergency short-circuit,
 * and how a form from an ended sitting is refused. No HTTP session is ever created.
 */
@WebMvcTest(controllers = { QuestionnaireController.class, ResetController.class, ResultController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.glutecheck\\.system\\.WebSecurityConfiguration"))
@Import({ RunTokens.class, DeviceReset.class, RunCookie.class, EmergencyCheck.class, Pages.class, CauseTexts.class, Sittings.class,
		CheckInCookie.class, CheckIns.class, QuestionnaireControllerTest.Clocks.class })
@TestPropertySource(properties = "glutecheck.form-secret=" + QuestionnaireControllerTest.SECRET)
@MockitoBean(types = CheckInDraftRepository.class)
class QuestionnaireControllerTest {

	static final String SECRET = "slice-test-secret-0123456789abcdef";

	/** The system clock for page slices, which load no configuration of their own. */
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

	@MockitoBean
	private DraftRepository drafts;

	/** The drafts "saved" in this test: the repository as a map. */
	private final Map<Object, Draft> saved = new HashMap<>();

	@BeforeEach
	void draftsInAMap() {
		given(drafts.save(any())).willAnswer(call -> {
			Draft draft = call.getArgument(0);
			saved.put(ReflectionTestUtils.getField(draft, "key"), draft);
			return draft;
		});
		given(drafts.findById(anyString())).willAnswer(call -> Optional.ofNullable(saved.get(call.getArgument(0))));
		given(drafts.findForUpdate(anyString())).willAnswer(call -> Optional.ofNullable(saved.get(call.getArgument(0))));
		given(assessments.find(RESULT.reference())).willReturn(Optional.of(RESULT));
		given(assessments.find(STOPPED.reference())).willReturn(Optional.of(STOPPED));
		given(assessments.findVersioned(RESULT.reference())).willReturn(Optional.of(new VersionedAssessment(RESULT, null, null)));
		given(assessments.findVersioned(STOPPED.reference())).willReturn(Optional.of(new VersionedAssessment(STOPPED, null, null)));
		given(assessments.assessUnfinished(any())).willReturn(STOPPED);
	}

	/**
	 * Sends a form as a browser does and follows the redirect that answers it, with the cookies the
	 * answer set (the run cookie) and any the form was sent with: the page the person then sees.
	 */
	private ResultActions follow(MockHttpServletRequestBuilder form) throws Exception {
		MvcResult sent = mvc.perform(form).andExpect(status().isFound()).andReturn();
		List<Cookie> cookies = new ArrayList<>(List.of(sent.getResponse().getCookies()));
		Optional.ofNullable(sent.getRequest().getCookies()).ifPresent(sentWith -> cookies.addAll(List.of(sentWith)));
		UriComponents target = UriComponentsBuilder.fromUriString(sent.getResponse().getRedirectedUrl()).build();
		MockHttpServletRequestBuilder page = get(target.getPath());
		// As a servlet container reads it: "/?ended" has the parameter "ended", empty.
		target.getQueryParams().forEach((name, values) -> values.forEach(v -> page.param(name, v == null ? "" : v)));
		return mvc.perform(cookies.isEmpty() ? page : page.cookie(cookies.toArray(Cookie[]::new)));
	}

	private static final Triage SELF_CARE = new Triage(TriageLevel.SELF_CARE, "Self-care is reasonable for now",
			"Nothing you described is a warning sign.", List.of());

	private static final Triage EMERGENCY = new Triage(TriageLevel.EMERGENCY,
			"Call your local emergency number or go to an emergency department now", "Go now.",
			List.of(new TriageReason("SADDLE_NUMBNESS", TriageLevel.EMERGENCY, "Numbness between the legs can mean "
					+ "the nerves at the bottom of the spine are being squeezed.")));

	/** What the warning signs alone saved: the answers so far, the emergency, and no causes. */
	private static final Assessment STOPPED = new Assessment("W448-VT8E-EFJ2", Instant.parse("2026-11-22T10:14:00Z"),
			"test", EMERGENCY, List.of(), List.of(), "Educational only.", new Answers(null, null, null, List.of(), null,
					null, null, null, null, null, null, null, null, null, List.of(RedFlag.SADDLE_NUMBNESS)));

	private static final Assessment RESULT = new Assessment("K7QM-2XD9-4TRB", Instant.parse("2026-11-22T10:15:30Z"),
			"test", SELF_CARE,
			List.of(new ConditionResult("DOMS", "Delayed onset muscle soreness", 91, Match.STRONG,
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
	private static final String[] COMPLETE = { "noWarningSigns", "true", "locations", "WHOLE_BUTTOCK", "side", "BOTH",
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
		MvcResult result = follow(post("/check/start").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(xpath("//h1").string("First, do you have any of these warning signs?"))
			.andExpect(xpath("//input[@type='checkbox'][@name='redFlags']").nodeCount(RedFlag.values().length))
			.andExpect(xpath("//input[@name='noWarningSigns']").exists())
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
		follow(page("warning-signs"))
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
		follow(page("warning-signs", "redFlags", "FEVER", "noWarningSigns", "true"))
			.andExpect(xpath("//div[@class='error-summary']//a").string(org.hamcrest.Matchers.containsString("Untick")))
			.andExpect(xpath("//input[@id='redFlags-FEVER'][@checked]").exists())
			.andExpect(xpath("//input[@id='noWarningSigns'][@checked]").exists());
	}

	@Test
	void aWarningSignThatTheRulebookCallsAnEmergencyGoesStraightToTheEmergencyPage() throws Exception {
		given(triage.triage(any(), anyList())).willReturn(EMERGENCY);
		follow(page("warning-signs", "redFlags", "SADDLE_NUMBNESS"))
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
		ArgumentCaptor<Answers> kept = ArgumentCaptor.forClass(Answers.class);
		verify(assessments).assessUnfinished(kept.capture());
		assertThat(kept.getValue().redFlags()).containsExactly(RedFlag.SADDLE_NUMBNESS);
		assertThat(kept.getValue().locations()).as("no place is made up").isEmpty();
	}

	@Test
	void aWarningSignBelowAnEmergencyGoesOnWithTheQuestions() throws Exception {
		given(triage.triage(any(), anyList())).willReturn(new Triage(TriageLevel.URGENT, "See a doctor today", "Today.",
				List.of(new TriageReason("FEVER", TriageLevel.URGENT, "Fever."))));
		follow(page("warning-signs", "redFlags", "FEVER"))
			.andExpect(view().name("step"))
			.andExpect(xpath("//h1").string("Where does it hurt?"))
			.andExpect(xpath("//input[@type='hidden'][@name='redFlags'][@value='FEVER']").exists());
	}

	@Test
	void noWarningSignsLeadsToWhereItHurtsWithoutAskingTheRulebook() throws Exception {
		follow(page("warning-signs", "noWarningSigns", "true"))
			.andExpect(xpath("//h1").string("Where does it hurt?"))
			.andExpect(xpath("//input[@type='checkbox'][@name='locations']").nodeCount(Location.values().length - 1))
			.andExpect(xpath("//label[contains(@class,'spot')]").nodeCount(Location.values().length - 1))
			.andExpect(xpath("//input[@type='hidden'][@name='noWarningSigns'][@value='true']").exists());
		verify(triage, never()).triage(any(), anyList());
	}

	@Test
	void aMissingAnswerIsNamedAtTheTopAndBesideItsQuestionAndTheOtherAnswersAreKept() throws Exception {
		follow(page("where", "noWarningSigns", "true", "side", "LEFT"))
			.andExpect(xpath("//h1").string("Where does it hurt?"))
			.andExpect(xpath("//div[@class='error-summary']//a[@href='#locations-LOWER_BACK']").string("Tick where it hurts"))
			.andExpect(xpath("//div[contains(@class,'field-error')]//p[@id='locations-error']").exists())
			.andExpect(xpath("//input[@id='side-LEFT'][@checked]").exists())
			.andExpect(xpath("//input[@type='hidden'][@name='noWarningSigns']").exists());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "where, locations, side, What does the pain feel like?",
			"feeling, severity, , When and how did it start?",
			"started, duration, onset, What makes it worse or better?" })
	void eachPageRefusesToGoOnWithoutItsRequiredAnswers(String step, String first, String second, String nextTitle)
			throws Exception {
		var refused = follow(page(step, completeExcept(first, second)))
			.andExpect(view().name("step"))
			.andExpect(xpath("//div[@class='error-summary']//li").nodeCount(second == null ? 1 : 2))
			.andExpect(xpath("//div[@class='error-summary']//a[starts-with(@href, '#%s-')]", first).exists())
			.andExpect(xpath("//p[@id='%s-error']", first).exists());
		if (second != null) {
			refused.andExpect(xpath("//div[@class='error-summary']//a[starts-with(@href, '#%s-')]", second).exists());
		}
		follow(page(step, COMPLETE)).andExpect(xpath("//h1").string(nextTitle));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "worse-or-better, Your activity and health", "background, About you" })
	void pagesWithoutRequiredAnswersGoOnWhenLeftEmpty(String step, String nextTitle) throws Exception {
		follow(page(step, COMPLETE)).andExpect(xpath("//h1").string(nextTitle));
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
		String html = follow(page("where", "noWarningSigns", "true", "locations", "OUTER_HIP", "locations", "LOWER_BACK",
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
		follow(page("feeling", "go", "back", "noWarningSigns", "true", "locations", "OUTER_HIP", "side", "RIGHT",
				"severity", "6"))
			.andExpect(xpath("//h1").string("Where does it hurt?"))
			.andExpect(xpath("//input[@id='locations-OUTER_HIP'][@checked]").exists())
			.andExpect(xpath("//input[@id='side-RIGHT'][@checked]").exists())
			.andExpect(xpath("//input[@type='hidden'][@name='severity'][@value='6']").exists());
	}

	/** The run cookie a form's answer set, as the browser keeps it for the pages it then asks for. */
	private Cookie runCookieAfter(MockHttpServletRequestBuilder form) throws Exception {
		return mvc.perform(form).andExpect(status().isFound()).andReturn().getResponse().getCookie(RunCookie.NAME);
	}

	@Test
	void eachPageIsAnsweredWithARedirectSoBackAndForwardAskForPagesNotForms() throws Exception {
		String run = tokens.start();
		mvc.perform(post("/check/where").with(csrf()).param("run", run).param("noWarningSigns", "true")
			.param("locations", "OUTER_HIP").param("side", "RIGHT"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/check/feeling"))
			.andExpect(content().string(""));
		Cookie sitting = new Cookie(RunCookie.NAME, run);
		// Back: the page before, with its answers as they are now.
		mvc.perform(get("/check/where").cookie(sitting))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(xpath("//input[@id='locations-OUTER_HIP'][@checked]").exists())
			.andExpect(xpath("//input[@id='side-RIGHT'][@checked]").exists())
			.andExpect(xpath("//div[@class='error-summary']").doesNotExist());
		// Forward: the page after, carrying every answer so far.
		mvc.perform(get("/check/feeling").cookie(sitting))
			.andExpect(xpath("//h1").string("What does the pain feel like?"))
			.andExpect(xpath("//input[@type='hidden'][@name='locations'][@value='OUTER_HIP']").exists());
		mvc.perform(get("/check/warning-signs").cookie(sitting))
			.andExpect(xpath("//input[@id='noWarningSigns'][@checked]").exists());
	}

	@Test
	void theRunCookieIsHttpOnlyAndLastsNoLongerThanASitting() throws Exception {
		MvcResult started = mvc.perform(post("/check/start").with(csrf()))
			.andExpect(redirectedUrl("/check/warning-signs"))
			.andReturn();
		assertThat(started.getResponse().getHeader("Set-Cookie")).startsWith(RunCookie.NAME + "=r1.")
			.contains("HttpOnly", "SameSite=Lax", "Max-Age=7200");
	}

	@Test
	void aPageWithProblemsIsShownAtItsOwnAddressAndClearsOnceTheyAreFixed() throws Exception {
		Cookie sitting = runCookieAfter(page("where", "noWarningSigns", "true", "side", "LEFT"));
		MvcResult refused = mvc.perform(page("where", "noWarningSigns", "true", "side", "LEFT").cookie(sitting))
			.andExpect(redirectedUrl("/check/where?problems=true"))
			.andReturn();
		Cookie run = refused.getResponse().getCookie(RunCookie.NAME);
		mvc.perform(get("/check/where").param("problems", "true").cookie(run))
			.andExpect(xpath("//title").string(org.hamcrest.Matchers.startsWith("Error: ")))
			.andExpect(xpath("//div[@class='error-summary']//a").string("Tick where it hurts"));
		mvc.perform(get("/check/where").cookie(run)).andExpect(xpath("//div[@class='error-summary']").doesNotExist());
	}

	@Test
	void aPageAskedForWithoutACurrentSittingShowsNothingOfIt() throws Exception {
		String run = tokens.start();
		mvc.perform(page("where", "noWarningSigns", "true", "locations", "OUTER_HIP", "side", "RIGHT").param("run", run));
		Cookie sitting = new Cookie(RunCookie.NAME, run);
		Cookie reset = new Cookie(DeviceReset.COOKIE, Long.toString(Instant.now().plusSeconds(1).toEpochMilli()));
		mvc.perform(get("/check/where").cookie(sitting, reset)).andExpect(redirectedUrl("/"));
		mvc.perform(get("/check/result").cookie(new Cookie(RunCookie.NAME, "r1.1.AAAA.forged")))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void startAgainDeletesTheAnswersTheSittingKept() throws Exception {
		String run = tokens.start();
		mvc.perform(get("/start-again").cookie(new Cookie(RunCookie.NAME, run))).andExpect(redirectedUrl("/?cleared"));
		verify(drafts).deleteById(argThat(key -> key.length() == 64 && !key.contains(run)));
	}

	@Test
	void theEmergencyPageGivesTheReferenceOfTheSavedAnswers() throws Exception {
		given(triage.triage(any(), anyList())).willReturn(EMERGENCY);
		follow(page("warning-signs", "redFlags", "SADDLE_NUMBNESS"))
			.andExpect(xpath("//p[@class='reference-code']").string(STOPPED.reference()))
			.andExpect(xpath("//p[@class='reference-hint']").string(containsString("Show it to whoever helps you")))
			.andExpect(xpath("//section[@class='show-staff']").doesNotExist());
	}

	@Test
	void aChangedResultTellsThePersonTheirCodeChanged() throws Exception {
		given(submissions.assess(anyString(), any())).willReturn(RESULT);
		given(assessments.findVersioned(RESULT.reference()))
			.willReturn(Optional.of(new VersionedAssessment(RESULT, "Q1Q1-Q1Q1-Q1Q1", null)));
		follow(page("about-you", COMPLETE))
			.andExpect(xpath("//div[@data-changed]/h2").string("Your code has changed"))
			.andExpect(xpath("//div[@data-changed]/p").string(allOf(containsString("K7QM-2XD9-4TRB"),
					containsString("Q1Q1-Q1Q1-Q1Q1"))));
	}

	@Test
	void anOldCodeSaysTheResultWasUpdatedAndLinksToTheNewOne() throws Exception {
		given(assessments.findVersioned(RESULT.reference()))
			.willReturn(Optional.of(new VersionedAssessment(RESULT, null, "NNNN-NNNN-NNNN")));
		mvc.perform(get("/results/K7QM-2XD9-4TRB"))
			.andExpect(xpath("//div[@data-updated]/h2").string("This result was updated"))
			.andExpect(xpath("//div[@data-updated]//a/@href").string("/results/NNNN-NNNN-NNNN"));
	}

	@Test
	void theLastPageShowsTheResultOfTheSavedAssessment() throws Exception {
		given(submissions.assess(anyString(), any())).willReturn(RESULT);
		MvcResult result = follow(page("about-you", COMPLETE).param("ageBand", "AGE_18_39"))
			.andExpect(status().isOk())
			.andExpect(view().name("result"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(xpath("//p[@class='reference-code']").string("K7QM-2XD9-4TRB"))
			.andExpect(xpath("//section[contains(@class,'triage-SELF_CARE')]//h2").string("Self-care is reasonable for now"))
			.andExpect(xpath("//article[@data-condition='DOMS']//p[contains(@class,'match')]/strong").string("Strong match"))
			.andExpect(xpath("//article[@data-condition='DOMS']//a[@href='https://medlineplus.gov/ency/article/003178.htm']")
				.exists())
			.andExpect(xpath("//form[@id='answers-form'][@action='/check/change']").exists())
			.andExpect(xpath("//button[@form='answers-form'][@name='to'][@value='where']").exists())
			.andReturn();
		ArgumentCaptor<Answers> saved = ArgumentCaptor.forClass(Answers.class);
		verify(submissions).assess(anyString(), saved.capture());
		assertThat(saved.getValue().locations()).containsExactly(Location.WHOLE_BUTTOCK);
		assertThat(saved.getValue().severity()).isEqualTo(4);
		assertNoSession(result);
	}

	@ParameterizedTest(name = "severity {0}")
	@ValueSource(strings = { "999", "11", "-5", "-2147483648" })
	void aSeverityOutsideZeroToTenIsRefusedAndNeverSaved(String severity) throws Exception {
		follow(page("feeling", completeExcept("severity")).param("severity", severity))
			.andExpect(xpath("//h1").string("What does the pain feel like?"))
			.andExpect(xpath("//div[@class='error-summary']//a[@href='#severity-0']")
				.string("Choose how bad the pain is, from 0 to 10"))
			.andExpect(xpath("//input[@name='severity'][@checked]").doesNotExist());
		follow(page("about-you", completeExcept("severity")).param("severity", severity))
			.andExpect(xpath("//h1").string("What does the pain feel like?"))
			.andExpect(xpath("//p[@id='severity-error']").exists());
		verify(submissions, never()).assess(anyString(), any());
	}

	@Test
	void noneOfTheseIsSavedAsNoWarningSigns() throws Exception {
		given(submissions.assess(anyString(), any())).willReturn(RESULT);
		follow(page("about-you", COMPLETE)).andExpect(view().name("result"));
		ArgumentCaptor<Answers> saved = ArgumentCaptor.forClass(Answers.class);
		verify(submissions).assess(anyString(), saved.capture());
		assertThat(saved.getValue().noWarningSigns()).isTrue();
		assertThat(saved.getValue().redFlags()).isEmpty();
	}

	@Test
	void theAnswersSummaryShowsNoWarningSignsAsNone() {
		Answers none = new Answers(null, null, null, List.of(Location.OUTER_HIP), null, null, null, null, null, null,
				null, null, null, null, null, true);
		Answers notAsked = new Answers(null, null, null, List.of(Location.OUTER_HIP), null, null, null, null, null,
				null, null, null, null, null, null);
		assertThat(AnswerSummary.of(none).get(0).answerKeys()).containsExactly("q.redFlags.none.summary");
		assertThat(AnswerSummary.of(notAsked).get(0).unanswered()).isTrue();
	}

	@Test
	void aLastPagePostedWithAnEarlierAnswerMissingGoesBackToThatPage() throws Exception {
		follow(page("about-you", "noWarningSigns", "true", "side", "BOTH", "severity", "4", "duration", "DAYS_1_3",
				"onset", "AFTER_WORKOUT"))
			.andExpect(xpath("//h1").string("Where does it hurt?"))
			.andExpect(xpath("//div[@class='error-summary']").exists());
		verify(submissions, never()).assess(anyString(), any());
	}

	@Test
	void changeFromTheResultReturnsToTheResultAfterThatPage() throws Exception {
		follow(post("/check/change").with(csrf())
			.param("run", tokens.start())
			.param("to", "where")
			.param("review", "true")
			.param(COMPLETE[0], COMPLETE[1]))
			.andExpect(xpath("//h1").string("Where does it hurt?"))
			.andExpect(xpath("//input[@name='review'][@value='true']").exists())
			.andExpect(xpath("//button[@value='next']").string("Save and go back to my result"));
		given(submissions.assess(anyString(), any())).willReturn(RESULT);
		follow(page("where", COMPLETE).param("review", "true")).andExpect(view().name("result"));
	}

	@Test
	void aForgedOrMissingRunTokenGetsTheStartPageAndNoAnswers() throws Exception {
		follow(post("/check/where").with(csrf()).param("run", "r1.1.AAAA.forged").param("locations", "OUTER_HIP"))
			.andExpect(view().name("start"))
			.andExpect(xpath("//div[@class='notice']/h2").string("That questionnaire was ended"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("OUTER_HIP"))));
		follow(post("/check/where").with(csrf()).param("locations", "OUTER_HIP")).andExpect(view().name("start"));
	}

	@Test
	void aFormFromASittingThatBeganBeforeStartAgainOnThisDeviceIsRefused() throws Exception {
		Instant now = Instant.now();
		String before = new RunTokens(new RunTokenProperties(SECRET, null, Duration.ofHours(2), false), Clock.fixed(now.minusSeconds(60), ZoneOffset.UTC))
			.start();
		Cookie reset = new Cookie(DeviceReset.COOKIE, Long.toString(now.minusSeconds(30).toEpochMilli()));
		follow(post("/check/where").with(csrf()).cookie(reset).param("run", before).param("locations", "OUTER_HIP"))
			.andExpect(view().name("start"))
			.andExpect(xpath("//div[@class='notice']/h2").string("That questionnaire was ended"));
		follow(post("/check/warning-signs").with(csrf()).cookie(reset).param("run", tokens.start())
			.param("noWarningSigns", "true")).andExpect(xpath("//h1").string("Where does it hurt?"));
	}

	@Test
	void aSittingOlderThanTheLimitIsRefused() throws Exception {
		String stale = new RunTokens(new RunTokenProperties(SECRET, null, Duration.ofHours(2), false), Clock.fixed(Instant.now().minus(Duration.ofHours(3)),
				ZoneOffset.UTC))
			.start();
		follow(post("/check/warning-signs").with(csrf()).param("run", stale).param("noWarningSigns", "true"))
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
		assertThat(result.getResponse().getHeaders("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith(DeviceReset.COOKIE + "=").contains("HttpOnly", "Path=/", "SameSite=Lax"));
		assertThat(result.getResponse().getHeaders("Set-Cookie")).as("the sitting's run cookie is removed")
			.anySatisfy(cookie -> assertThat(cookie).startsWith(RunCookie.NAME + "=;").contains("Max-Age=0"));
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
		given(assessments.findVersioned("K7QM-2XD9-4TRB")).willReturn(Optional.of(new VersionedAssessment(RESULT, null, null)));
		mvc.perform(get("/results/K7QM-2XD9-4TRB"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(xpath("//p[@class='reference-code']").string("K7QM-2XD9-4TRB"))
			.andExpect(xpath("//button[@name='to']").doesNotExist());
		mvc.perform(get("/results/AAAA-BBBB-CCCC")).andExpect(status().isNotFound());
	}

	@Test
	void theWarningSignsAreGroupedUnderShortHeadingsOnOnePage() throws Exception {
		follow(post("/check/start").with(csrf()))
			.andExpect(xpath("//fieldset[@class='choice-group']/legend").nodeCount(4))
			.andExpect(xpath("//fieldset[@class='choice-group'][1]/legend").string("Bladder, bowels and nerves"))
			.andExpect(xpath("//fieldset[@class='choice-group'][legend='Bladder, bowels and nerves']"
					+ "//input[@value='BLADDER_BOWEL_CHANGE']").exists())
			.andExpect(xpath("//fieldset[@class='choice-group'][legend='Blood supply and swelling']"
					+ "//input[@value='LEG_SWELLING']").exists())
			.andExpect(xpath("//fieldset[@class='choice-group'][legend='Blood supply and swelling']"
					+ "//input[@value='SUDDEN_SEVERE_OR_COLLAPSE']").exists())
			.andExpect(xpath("//fieldset[@class='choice-group'][legend='Injury and hard exercise']"
					+ "//input[@value='CANNOT_BEAR_WEIGHT']").exists())
			.andExpect(xpath("//label[@for='redFlags-CANNOT_BEAR_WEIGHT']")
				.string("You cannot put weight on the leg, or you have a new limp"))
			.andExpect(xpath("//p[@id='redFlags-BLADDER_BOWEL_CHANGE-hint']").string(containsString("weak stream")))
			.andExpect(xpath("//input[@id='noWarningSigns'][@name='noWarningSigns'][@value='true']").exists());
	}

	/** The contract's emergency warning signs; the (mocked) rulebook calls exactly these an emergency. */
	@ParameterizedTest(name = "{0}")
	@EnumSource(value = RedFlag.class, names = { "BLADDER_BOWEL_LOSS", "SADDLE_NUMBNESS", "BOTH_LEGS", "COLD_PALE_LEG",
			"DARK_URINE", "BLADDER_BOWEL_CHANGE", "SUDDEN_SEVERE_OR_COLLAPSE" })
	void eachEmergencyWarningSignGoesStraightToTheEmergencyPage(RedFlag sign) throws Exception {
		given(triage.triage(any(), anyList())).willAnswer(asked -> asked.<Answers>getArgument(0).redFlags()
			.contains(sign) ? EMERGENCY : SELF_CARE);
		follow(page("warning-signs", "redFlags", sign.name()))
			.andExpect(view().name("emergency"))
			.andExpect(xpath("//form[@action='/check/change']//input[@name='redFlags'][@value='%s']", sign.name())
				.exists());
		verify(submissions, never()).assess(anyString(), any());
		verify(assessments).assessUnfinished(any());
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = RedFlag.class, names = { "CANNOT_BEAR_WEIGHT", "LEG_SWELLING" })
	void aNewUrgentWarningSignGoesOnWithTheQuestions(RedFlag sign) throws Exception {
		given(triage.triage(any(), anyList())).willReturn(new Triage(TriageLevel.URGENT, "See a doctor today",
				"Today.", List.of(new TriageReason(sign.name(), TriageLevel.URGENT, "Today."))));
		follow(page("warning-signs", "redFlags", sign.name()))
			.andExpect(xpath("//h1").string("Where does it hurt?"))
			.andExpect(xpath("//input[@type='hidden'][@name='redFlags'][@value='%s']", sign.name()).exists());
	}

	@Test
	void theBodyMapOffersTheFinerPlacesAndDescribesTheThighWithoutContradiction() throws Exception {
		follow(page("warning-signs", "noWarningSigns", "true"))
			.andExpect(xpath("//input[@name='locations'][@value='GROIN_OR_PELVIC_FLOOR']").doesNotExist())
			.andExpect(xpath("//label[@for='locations-FRONT_OF_HIP_OR_GROIN'][not(@class)]")
				.string(containsString("The front of the hip, or the groin crease")))
			.andExpect(xpath("//label[@for='locations-PELVIC_FLOOR_OR_TAILBONE'][not(@class)]")
				.string(containsString("Deep in the pelvis, the tailbone, or between the legs")))
			.andExpect(xpath("//label[@for='locations-SIT_BONE'][not(@class)]").string(containsString("sit on")))
			.andExpect(xpath("//label[@for='locations-FRONT_OF_THIGH'][not(@class)]")
				.string(containsString("Down the front of the thigh")))
			.andExpect(xpath("//label[@for='locations-BACK_OF_THIGH'][not(@class)]")
				.string(containsString("Down the back of the thigh")))
			.andExpect(content().string(not(containsString("stopping above the knee"))))
			.andExpect(xpath("//p[@id='locations-BACK_OF_THIGH-hint']").string(containsString("below the knee")))
			// Every shaded area is itself a label for its checkbox, so tapping it ticks the box.
			.andExpect(xpath("//label[@class='area'][@for='locations-FRONT_OF_THIGH']//*[contains(@class,'region')]")
				.exists())
			.andExpect(xpath("//label[@class='area']").nodeCount(Location.values().length - 1));
	}

	@Test
	void theBackgroundPageAsksTheNewQuestionsInPlainWords() throws Exception {
		follow(page("worse-or-better", COMPLETE))
			.andExpect(xpath("//h1").string("Your activity and health"))
			.andExpect(xpath("//label[@for='context-BLOOD_THINNERS']").string(containsString("blood thinners")))
			.andExpect(xpath("//label[@for='context-INFECTION_RISK']").string(containsString("weakened immune system")))
			.andExpect(xpath("//label[@for='context-OSTEOPOROSIS_OR_STEROIDS']").string(containsString("thin bones")))
			.andExpect(xpath("//label[@for='context-LOW_ENERGY_OR_MISSED_PERIODS']").string(containsString("periods")))
			.andExpect(xpath("//label[@for='symptoms-EASES_WITHIN_MINUTES']").string(containsString("few minutes")))
			.andExpect(xpath("//label[@for='symptoms-MORNING_STIFFNESS']").string(containsString("30 minutes")))
			.andExpect(xpath("//label[@for='symptoms-RASH']").string(containsString("rash or blisters")))
			.andExpect(xpath("//label[@for='symptoms-HIP_STIFF_SOCKS']").string(containsString("socks")))
			.andExpect(xpath("//label[@for='symptoms-PAIN_ON_HOPPING']").string(containsString("Hopping")));
	}

	@Test
	void theAgeQuestionOffersTheFinerBands() throws Exception {
		follow(page("background", COMPLETE))
			.andExpect(xpath("//h1").string("About you"))
			.andExpect(xpath("//input[@name='ageBand'][@value!='']/@value").nodeCount(5))
			.andExpect(xpath("//label[@for='ageBand-AGE_40_49']").string("40 to 49"))
			.andExpect(xpath("//label[@for='ageBand-AGE_50_59']").string("50 to 59"))
			.andExpect(xpath("//input[@value='AGE_40_59']").doesNotExist());
	}

	@Test
	void theNewAnswersAreSavedAsTheContractCodes() throws Exception {
		given(submissions.assess(anyString(), any())).willReturn(RESULT);
		follow(page("about-you", "noWarningSigns", "true", "locations", "FRONT_OF_HIP_OR_GROIN", "locations",
				"SIT_BONE", "side", "LEFT", "severity", "5", "duration", "OVER_6_WEEKS", "onset", "GRADUAL", "context",
				"OSTEOPOROSIS_OR_STEROIDS", "context", "BLOOD_THINNERS", "symptoms", "HIP_STIFF_SOCKS", "symptoms",
				"MORNING_STIFFNESS", "ageBand", "AGE_50_59"))
			.andExpect(view().name("result"));
		ArgumentCaptor<Answers> saved = ArgumentCaptor.forClass(Answers.class);
		verify(submissions).assess(anyString(), saved.capture());
		assertThat(saved.getValue().locations()).containsExactly(Location.FRONT_OF_HIP_OR_GROIN, Location.SIT_BONE);
		assertThat(saved.getValue().context()).containsExactly(ContextFactor.OSTEOPOROSIS_OR_STEROIDS,
				ContextFactor.BLOOD_THINNERS);
		assertThat(saved.getValue().symptoms()).containsExactly(Symptom.HIP_STIFF_SOCKS, Symptom.MORNING_STIFFNESS);
		assertThat(saved.getValue().ageBand()).isEqualTo(AgeBand.AGE_50_59);
	}

	@Test
	void otherThingsAClinicianMayCheckHaveTheirOwnSectionApartFromTheRankedCauses() throws Exception {
		show(result(SOON, List.of(cause("GLUTEAL_TENDINOPATHY", "Gluteal tendinopathy", 80)), List.of(HIP_JOINT)));
		mvc.perform(get("/results/K7QM-2XD9-4TRB"))
			.andExpect(xpath("//section[@class='consider']/h2").string("Other things a clinician may check"))
			.andExpect(xpath("//section[@class='consider']//article[@data-consider='HIP_JOINT']/h3")
				.string("Hip joint problem"))
			.andExpect(xpath("//article[@data-consider='HIP_JOINT']//p[contains(@class,'match')]/strong")
				.string("Moderate match"))
			.andExpect(xpath("//article[@data-consider='HIP_JOINT']//li").string("Putting on socks is hard."))
			.andExpect(xpath("//article[@data-consider='HIP_JOINT']").string(allOf(
					containsString("Why it matters"), containsString("It can wear the joint."),
					containsString("What to do"), containsString("See a physiotherapist."))))
			.andExpect(xpath("//article[@data-consider='HIP_JOINT']//a[@href='https://www.nhs.uk/conditions/osteoarthritis/']")
				.exists())
			.andExpect(xpath("//section[@class='causes']//*[@data-consider]").doesNotExist())
			.andExpect(xpath("//p[@class='cause-rank']").string("Possible cause 1 of 1"));
	}

	@Test
	void aCauseOutsideTheTenThatFitsAtLeastModeratelyComesBeforeTheTenAndAWeakOneAfter() throws Exception {
		String consider = "//section[@class='consider']";
		String firstSection = "//main/section[@class='consider' or @class='causes'][1]/@class";
		show(result(SOON, List.of(cause("OVERTRAINING", "Overtraining", 80)), List.of(HIP_JOINT)));
		mvc.perform(get("/results/K7QM-2XD9-4TRB"))
			.andExpect(xpath(firstSection).string("consider"))
			.andExpect(xpath(consider + "/p").string(containsString("before anything else")));
		ConsiderAlsoResult faint = new ConsiderAlsoResult("HIP_JOINT", "Hip joint problem", 26, Match.WEAK,
				TriageLevel.SOON, List.of("Putting on socks is hard."), "It can wear the joint.", "See a physiotherapist.",
				List.of());
		show(result(SOON, List.of(cause("OVERTRAINING", "Overtraining", 80)), List.of(faint)));
		mvc.perform(get("/results/K7QM-2XD9-4TRB"))
			.andExpect(xpath(firstSection).string("causes"))
			.andExpect(xpath(consider + "/p").string(containsString("not among the causes above")));
	}

	@Test
	void thereIsNoConsiderAlsoSectionWhenNothingPointsOutsideTheTen() throws Exception {
		show(result(SELF_CARE, List.of(cause("DOMS", "Delayed onset muscle soreness", 90)), List.of()));
		mvc.perform(get("/results/K7QM-2XD9-4TRB")).andExpect(xpath("//section[@class='consider']").doesNotExist());
	}

	@Test
	void atAnEmergencyTheResultShowsNoSelfCareAnywhere() throws Exception {
		show(result(EMERGENCY, List.of(cause("LUMBAR_RADICULOPATHY", "Sciatica", 85)), List.of(HIP_JOINT)));
		String page = mvc.perform(get("/results/K7QM-2XD9-4TRB"))
			.andExpect(xpath("//section[contains(@class,'triage-EMERGENCY')]").exists())
			.andExpect(xpath("//p[@class='no-self-care']").string(containsString("Get help now")))
			.andExpect(xpath("//article[@data-condition='LUMBAR_RADICULOPATHY']/h3").string("Sciatica"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("What you can do", "Keep moving gently.", "When to see a clinician",
				"It is not better after a week.", "See a physiotherapist.", "What to do<");
	}

	@Test
	void belowAnEmergencyTheSelfCareIsShown() throws Exception {
		show(result(SELF_CARE, List.of(cause("DOMS", "Delayed onset muscle soreness", 90)), List.of(HIP_JOINT)));
		mvc.perform(get("/results/K7QM-2XD9-4TRB"))
			.andExpect(xpath("//p[@class='no-self-care']").doesNotExist())
			.andExpect(content().string(allOf(containsString("What you can do now"), containsString("Keep moving gently."),
					containsString("See a physiotherapist."))));
	}

	@Test
	void aCauseWithOnlyATraceOfAMatchIsNamedInOneLineNotShownAsAPossibleCause() throws Exception {
		show(result(SELF_CARE, List.of(cause("DOMS", "Delayed onset muscle soreness", 75),
				cause("OVERTRAINING", "Overtraining", 30), cause("PIRIFORMIS_SYNDROME", "Piriformis syndrome", 20),
				cause("SI_JOINT_DYSFUNCTION", "Sacroiliac joint pain", 19),
				cause("ELECTROLYTE_CRAMPS", "Exercise-associated cramps", 4)), List.of()));
		mvc.perform(get("/results/K7QM-2XD9-4TRB"))
			.andExpect(xpath("//article[@data-condition]").nodeCount(3))
			.andExpect(xpath("//article[@data-condition='PIRIFORMIS_SYNDROME']//p[@class='cause-rank']")
				.string("Possible cause 3 of 3"))
			.andExpect(xpath("//p[@data-traces]").string("Also checked, but your answers barely fit them (under 20 "
					+ "out of 100): Sacroiliac joint pain, Exercise-associated cramps."))
			.andExpect(xpath("//section[@class='causes'][1]/p[1]").string(containsString("at least 20 out of 100")));
	}

	@Test
	void theLeadingCauseIsShownEvenWithATraceOfAMatch() throws Exception {
		show(result(SELF_CARE, List.of(cause("DOMS", "Delayed onset muscle soreness", 12),
				cause("OVERTRAINING", "Overtraining", 5)), List.of()));
		mvc.perform(get("/results/K7QM-2XD9-4TRB"))
			.andExpect(xpath("//article[@data-condition='DOMS']//p[@class='cause-rank']").string("Possible cause 1 of 1"))
			.andExpect(xpath("//p[@data-traces]").string(containsString("Overtraining")));
	}

	private static final Triage SOON = new Triage(TriageLevel.SOON, "Book an appointment", "Soon.",
			List.of(new TriageReason("DURATION_OVER_A_WEEK", TriageLevel.SOON, "Over a week.")));

	private static final ConsiderAlsoResult HIP_JOINT = new ConsiderAlsoResult("HIP_JOINT", "Hip joint problem", 55,
			Match.MODERATE, TriageLevel.SOON, List.of("Putting on socks is hard."),
			"It can wear the joint.", "See a physiotherapist.",
			List.of(new Source("NHS: Osteoarthritis", "https://www.nhs.uk/conditions/osteoarthritis/")));

	private static ConditionResult cause(String id, String name, int score) {
		return new ConditionResult(id, name, score, score >= 70 ? Match.STRONG
				: score >= 40 ? Match.MODERATE : Match.WEAK,
				List.of("It began after a workout."), List.of(), "What it is.", List.of("Keep moving gently."),
				List.of("It is not better after a week."), List.of());
	}

	private static Assessment result(Triage level, List<ConditionResult> causes, List<ConsiderAlsoResult> also) {
		return new Assessment("K7QM-2XD9-4TRB", RESULT.createdAt(), "test", level, causes, also, "Educational only.",
				RESULT.answers());
	}

	private void show(Assessment assessment) {
		given(assessments.find("K7QM-2XD9-4TRB")).willReturn(Optional.of(assessment));
		given(assessments.findVersioned("K7QM-2XD9-4TRB")).willReturn(Optional.of(new VersionedAssessment(assessment, null, null)));
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
