package org.glutecheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.servlet.http.Cookie;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Course;
import org.glutecheck.answers.FollowUpAnswers;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.Symptom;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.FollowUp;
import org.glutecheck.assessment.SupersededAssessmentException;
import org.glutecheck.assessment.TooManyFollowUpsException;
import org.glutecheck.assessment.UnknownAssessmentException;
import org.glutecheck.assessment.VersionedAssessment;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageReason;
import org.glutecheck.triage.TriageService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A check-in ("how is it now?") in a web slice behind the real security and filters (check-in
 * drafts in a map): where it begins (the result's button, a typed code, an unknown, replaced or
 * full result), each step answered by a redirect and shown again by GET, the questionnaire's own
 * warning-signs question and its emergency short-circuit, what it refuses (missing answers as a
 * page with its problems; values no page sends as the page again with 400), saving once however
 * often it is sent, and the result with its check-ins: the chart, its table, and what each changed.
 */
@WebMvcTest(controllers = { CheckInController.class, ResultController.class, ResetController.class,
		QuestionnaireController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.glutecheck\\.system\\.WebSecurityConfiguration"))
@Import({ RunTokens.class, DeviceReset.class, RunCookie.class, CheckInCookie.class, CheckIns.class,
		EmergencyCheck.class, Pages.class, CauseTexts.class, Sittings.class, QuestionnaireControllerTest.Clocks.class })
@TestPropertySource(properties = { "glutecheck.form-secret=" + CheckInControllerTest.SECRET,
		"glutecheck.desk.time-zone=Europe/London" })
@MockitoBean(types = { Submissions.class, DraftRepository.class })
class CheckInControllerTest {

	static final String SECRET = "check-in-slice-secret-0123456789abcdef";

	static final String CODE = "K7QM-2XD9-4TRB";

	static final String NEWER = "W448-VT8E-EFJ2";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private TriageService triage;

	@MockitoBean
	private AssessmentService assessments;

	@MockitoBean
	private CheckInDraftRepository drafts;

	/** The check-ins in progress "saved" in this test: the repository as a map. */
	private final Map<Object, CheckInDraft> saved = new HashMap<>();

	/** The result as the service reads it now: as made, until a check-in is saved. */
	private Assessment current = RESULT;

	static final Triage SELF_CARE = new Triage(TriageLevel.SELF_CARE, "Self-care is reasonable for now",
			"Nothing you described is a warning sign.", List.of());

	static final Triage SOON = new Triage(TriageLevel.SOON, "Book an appointment", "Within two weeks.",
			List.of(new TriageReason("WORSE_SINCE_ASSESSED", TriageLevel.SOON, "The pain is worse than when you first answered.")));

	static final Triage EMERGENCY = new Triage(TriageLevel.EMERGENCY,
			"Call your local emergency number or go to an emergency department now", "Go now.",
			List.of(new TriageReason("SADDLE_NUMBNESS", TriageLevel.EMERGENCY, "Numbness between the legs can mean "
					+ "the nerves at the bottom of the spine are being squeezed.")));

	static final Answers FIRST_ANSWERS = TestAnswers.at(Location.WHOLE_BUTTOCK).severity(6).build();

	static final Assessment RESULT = new Assessment(CODE, Instant.parse("2026-11-30T14:05:00Z"), "test", SELF_CARE,
			List.of(), List.of(), "Educational only.", FIRST_ANSWERS);

	/** The result after a check-in two days later that said it is worse: raised to "soon". */
	static final Assessment WORSE = withCheckIns(SOON,
			new FollowUp(Instant.parse("2026-12-02T09:10:00Z"), Course.WORSENING, 7, List.of(), List.of(Symptom.NUMBNESS), SOON));

	static Assessment withCheckIns(Triage now, FollowUp... checkIns) {
		return new Assessment(CODE, RESULT.createdAt(), "test", now, List.of(), List.of(), "Educational only.",
				FIRST_ANSWERS, List.of(checkIns));
	}

	@BeforeEach
	void aSavedResultAndCheckInDraftsInAMap() {
		given(drafts.save(any())).willAnswer(call -> {
			CheckInDraft draft = call.getArgument(0);
			saved.put(ReflectionTestUtils.getField(draft, "key"), draft);
			return draft;
		});
		given(drafts.findById(anyString())).willAnswer(call -> Optional.ofNullable(saved.get(call.getArgument(0))));
		given(drafts.findForUpdate(anyString())).willAnswer(call -> Optional.ofNullable(saved.get(call.getArgument(0))));
		given(assessments.find(CODE)).willAnswer(call -> Optional.of(current));
		// A result page reads its assessment with its versions: whatever find says, as a first version.
		given(assessments.findVersioned(anyString())).willAnswer(
				call -> assessments.find(call.getArgument(0)).map(found -> new VersionedAssessment(found, null, null)));
		given(assessments.firstTriage(eq(CODE), any())).willReturn(Optional.of(SELF_CARE));
		given(assessments.addFollowUp(eq(CODE), any())).willAnswer(call -> current = WORSE);
		// The rulebook, as far as these tests need it: numbness between the legs is an emergency by
		// itself; pain in both legs is one with a fever reported before.
		given(triage.triage(any(), anyList())).willAnswer(
				call -> call.<Answers>getArgument(0).redFlags().contains(RedFlag.SADDLE_NUMBNESS) ? EMERGENCY : SELF_CARE);
		given(assessments.isEmergencyAtCheckIn(eq(CODE), anyList())).willAnswer(call -> {
			List<RedFlag> now = call.getArgument(1);
			return now.contains(RedFlag.SADDLE_NUMBNESS)
					|| now.contains(RedFlag.BOTH_LEGS) && current.answers().redFlags().contains(RedFlag.FEVER);
		});
	}

	/** The result had a fever when it was made. */
	private void aFeverReportedBefore() {
		current = new Assessment(CODE, RESULT.createdAt(), "test", SELF_CARE, List.of(), List.of(), "Educational only.",
				TestAnswers.at(Location.WHOLE_BUTTOCK).redFlags(RedFlag.FEVER).build());
	}

	/** "How is it now?" for this code: the run token of the check-in it began. */
	private String begin(String code) throws Exception {
		MvcResult begun = mvc.perform(post("/check-in").with(csrf()).param("code", code))
			.andExpect(status().isFound())
			.andReturn();
		Cookie run = begun.getResponse().getCookie(CheckInCookie.NAME);
		assertThat(run).as("the check-in's run cookie").isNotNull();
		return run.getValue();
	}

	/** A post of a check-in's page with these fields. */
	private static MockHttpServletRequestBuilder page(String step, String run, String... fields) {
		MockHttpServletRequestBuilder request = post("/check-in/" + step).with(csrf());
		if (run != null) {
			request.param("run", run);
		}
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	/** The page a check-in's GET shows, with its run cookie. */
	private ResultActions show(String address, String run) throws Exception {
		return mvc.perform(get(address).cookie(new Cookie(CheckInCookie.NAME, run)));
	}

	/** Sends a form as a browser does and follows the redirect that answers it, with the run cookie. */
	private ResultActions follow(MockHttpServletRequestBuilder form, String run) throws Exception {
		MvcResult sent = mvc.perform(form).andExpect(status().isFound()).andReturn();
		UriComponents target = UriComponentsBuilder.fromUriString(sent.getResponse().getRedirectedUrl()).build();
		MockHttpServletRequestBuilder page = get(target.getPath()).cookie(new Cookie(CheckInCookie.NAME, run));
		target.getQueryParams().forEach((name, values) -> values.forEach(v -> page.param(name, v == null ? "" : v)));
		return mvc.perform(page);
	}

	@Test
	void theResultOffersACheckInThatBeginsWithTheQuestionnairesOwnWarningSigns() throws Exception {
		mvc.perform(get("/results/" + CODE))
			.andExpect(xpath("//section[@data-check-ins]//form[@action='/check-in'][@method='post']/input[@name='code']/@value")
				.string(CODE))
			.andExpect(xpath("//section[@data-check-ins]//form//button").string("Tell us how it is now"))
			.andExpect(xpath("//section[@data-check-ins]//form/input[@name='_csrf']").exists());

		MvcResult begun = mvc.perform(post("/check-in").with(csrf()).param("code", CODE))
			.andExpect(redirectedUrl("/check-in/warning-signs"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn();
		assertThat(begun.getResponse().getHeaders("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith(CheckInCookie.NAME + "=").contains("HttpOnly", "Path=/", "SameSite=Lax", "Max-Age=7200"));
		assertThat(begun.getResponse().getHeaders("Set-Cookie")).as("no session, and the questionnaire's own run is left alone")
			.noneMatch(cookie -> cookie.startsWith("JSESSIONID") || cookie.startsWith(RunCookie.NAME + "="));
		String run = begun.getResponse().getCookie(CheckInCookie.NAME).getValue();

		show("/check-in/warning-signs", run).andExpect(status().isOk())
			.andExpect(view().name("check-in"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(xpath("//h1").string("First, do you have any of these warning signs now?"))
			.andExpect(xpath("//p[@class='progress']/span").string("How is it now? Step 1 of 2"))
			.andExpect(xpath("//p[@class='check-in-on']").string(containsString(CODE)))
			.andExpect(xpath("//form[@id='check-in-form'][@action='/check-in/warning-signs']/input[@name='run']/@value").string(run))
			.andExpect(xpath("//legend/span").string("Warning signs"))
			.andExpect(xpath("//input[@type='checkbox'][@name='redFlags']").nodeCount(RedFlag.values().length))
			.andExpect(xpath("//input[@id='noWarningSigns'][@name='noWarningSigns']").exists());
	}

	@Test
	void theWarningSignsAreTheVeryQuestionOfTheQuestionnairesFirstPage() throws Exception {
		Question asked = CheckInStep.WARNING_SIGNS.questions().get(0);
		assertThat(asked).isSameAs(Step.WARNING_SIGNS.questions().get(0));
		ResultActions page = show("/check-in/warning-signs", begin(CODE));
		for (Question.Group group : asked.groups()) {
			for (String code : group.codes()) {
				page.andExpect(xpath("//fieldset[@class='choice-group'][legend='%s']//input[@id='redFlags-%s']",
						messageOf("q.redFlags.group." + group.key()), code).exists());
			}
		}
	}

	@Test
	void eachStepIsAnsweredWithARedirectAndShownAgainByGetWithItsAnswers() throws Exception {
		String run = begin(CODE);
		mvc.perform(page("warning-signs", run, "noWarningSigns", "true")).andExpect(redirectedUrl("/check-in/now"));
		verify(triage, never()).triage(any(), anyList());

		show("/check-in/now", run).andExpect(xpath("//h1").string("How is the pain now?"))
			.andExpect(xpath("//p[@class='progress']/span").string("How is it now? Step 2 of 2"))
			.andExpect(xpath("//legend/span").string(containsString("Since you first answered")))
			.andExpect(xpath("//input[@type='radio'][@name='course']").nodeCount(Course.values().length))
			.andExpect(xpath("//input[@type='radio'][@name='severity']").nodeCount(11))
			.andExpect(xpath("//input[@type='checkbox'][@name='symptoms']").nodeCount(Symptom.values().length))
			.andExpect(xpath("//input[@type='hidden'][@name='noWarningSigns'][@value='true']").exists())
			.andExpect(xpath("//input[@type='hidden'][@name='redFlags']").doesNotExist())
			.andExpect(xpath("//button[@value='next']").string("See my result now"));

		mvc.perform(page("now", run, "noWarningSigns", "true", "course", "SAME", "severity", "4", "go", "back"))
			.andExpect(redirectedUrl("/check-in/warning-signs"));
		show("/check-in/warning-signs", run).andExpect(xpath("//input[@id='noWarningSigns'][@checked]").exists())
			.andExpect(xpath("//input[@type='hidden'][@name='course'][@value='SAME']").exists())
			.andExpect(xpath("//input[@type='hidden'][@name='severity'][@value='4']").exists());
		show("/check-in/now", run).andExpect(xpath("//input[@id='course-SAME'][@checked]").exists())
			.andExpect(xpath("//input[@id='severity-4'][@checked]").exists());
		verify(assessments, never()).addFollowUp(anyString(), any());
	}

	@Test
	void backFromTheWarningSignsLeadsToTheResult() throws Exception {
		mvc.perform(page("warning-signs", begin(CODE), "go", "back")).andExpect(redirectedUrl("/results/" + CODE));
	}

	@Test
	void theLanguageSwitchSendsThePageAndShowsItAgainWithItsAnswers() throws Exception {
		String run = begin(CODE);
		show("/check-in/warning-signs", run)
			.andExpect(xpath("//nav[@class='lang-switch']//button[@form='check-in-form']/@formaction")
				.string("/check-in/warning-signs?go=stay&lang=es"));
		mvc.perform(page("warning-signs", run, "redFlags", "FEVER").param("go", "stay"))
			.andExpect(redirectedUrl("/check-in/warning-signs"));
		show("/check-in/warning-signs", run).andExpect(xpath("//input[@id='redFlags-FEVER'][@checked]").exists());
	}

	@Test
	void theWarningSignsMustBeAnsweredOneWayOrTheOther() throws Exception {
		String run = begin(CODE);
		follow(page("warning-signs", run), run).andExpect(status().isOk())
			.andExpect(xpath("//title").string(startsWith("Error: ")))
			.andExpect(xpath("//div[@class='error-summary']//a[@href='#redFlags-BLADDER_BOWEL_LOSS']")
				.string("Tick the warning signs you have, or tick \"None of these\""))
			.andExpect(xpath("//p[@id='redFlags-error']").exists());
		follow(page("warning-signs", run, "redFlags", "FEVER", "noWarningSigns", "true"), run)
			.andExpect(xpath("//div[@class='error-summary']//a").string(containsString("Untick")))
			.andExpect(xpath("//input[@id='redFlags-FEVER'][@checked]").exists());
		verify(assessments, never()).addFollowUp(anyString(), any());
	}

	@Test
	void theSecondPageNeedsBetterOrWorseAndTheWorstPain() throws Exception {
		String run = begin(CODE);
		follow(page("now", run, "noWarningSigns", "true"), run)
			.andExpect(xpath("//h1").string("How is the pain now?"))
			.andExpect(xpath("//div[@class='error-summary']//a[@href='#course-IMPROVING']")
				.string("Choose whether the pain is getting better, staying about the same or getting worse"))
			.andExpect(xpath("//div[@class='error-summary']//a[@href='#severity-0']")
				.string("Choose how bad the pain is, from 0 to 10"));
		follow(page("now", run, "course", "SAME", "severity", "3"), run)
			.andExpect(xpath("//h1").string("First, do you have any of these warning signs now?"))
			.andExpect(xpath("//p[@id='redFlags-error']").exists());
		verify(assessments, never()).addFollowUp(anyString(), any());
	}

	@Test
	void aFinishedCheckInIsSavedOnceHoweverOftenItIsSentAndShowsTheResultAsItIsNow() throws Exception {
		String run = begin(CODE);
		mvc.perform(page("warning-signs", run, "noWarningSigns", "true"));
		MockHttpServletRequestBuilder finished = page("now", run, "noWarningSigns", "true", "course", "WORSENING",
				"severity", "7", "symptoms", "NUMBNESS");
		follow(finished, run).andExpect(status().isOk())
			.andExpect(view().name("result"))
			.andExpect(xpath("//div[@data-checked-in]/h2").string("Thank you: your check-in is saved"))
			.andExpect(xpath("//p[@class='reference-code']").string(CODE))
			.andExpect(xpath("//div[@data-raised]/p").string(
					"Your check-in on 2 December 2026, 09:10 raised it from \"Self-care\" to \"Soon: within two weeks\", because:"))
			.andExpect(xpath("//div[@data-raised]//li").string("The pain is worse than when you first answered."))
			.andExpect(xpath("//section[contains(@class,'triage-SOON')]").exists());
		mvc.perform(page("now", run, "noWarningSigns", "true", "course", "WORSENING", "severity", "7", "symptoms",
				"NUMBNESS")).andExpect(redirectedUrl("/check-in/result"));

		verify(assessments, times(1)).addFollowUp(CODE,
				new FollowUpAnswers(Course.WORSENING, 7, List.of(), List.of(Symptom.NUMBNESS), true));
		show("/check-in/result", run).andExpect(view().name("result"));
	}

	@Test
	void changedAnswersAfterBackAreANewCheckIn() throws Exception {
		String run = begin(CODE);
		mvc.perform(page("now", run, "noWarningSigns", "true", "course", "WORSENING", "severity", "7"));
		mvc.perform(page("now", run, "noWarningSigns", "true", "course", "SAME", "severity", "7"))
			.andExpect(redirectedUrl("/check-in/result"));
		verify(assessments).addFollowUp(CODE, new FollowUpAnswers(Course.WORSENING, 7, List.of(), List.of(), true));
		verify(assessments).addFollowUp(CODE, new FollowUpAnswers(Course.SAME, 7, List.of(), List.of(), true));
	}

	@Test
	void theResultPageOfACheckInIsOnlyThereOnceItIsSaved() throws Exception {
		String run = begin(CODE);
		show("/check-in/result", run).andExpect(redirectedUrl("/check-in/now"));
		show("/check-in/emergency", run).andExpect(redirectedUrl("/check-in/warning-signs"));
	}

	@Test
	void anEmergencySignSavesTheCheckInAtOnceAndShowsTheEmergencyPageWithTheReference() throws Exception {
		Assessment emergency = withCheckIns(EMERGENCY, new FollowUp(Instant.parse("2026-12-02T09:10:00Z"), null, null,
				List.of(RedFlag.SADDLE_NUMBNESS), List.of(), EMERGENCY));
		given(assessments.addFollowUp(eq(CODE), any())).willAnswer(call -> current = emergency);
		String run = begin(CODE);
		follow(page("warning-signs", run, "redFlags", "SADDLE_NUMBNESS"), run).andExpect(status().isOk())
			.andExpect(view().name("emergency"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(xpath("//h1").string("Get emergency help now"))
			.andExpect(xpath("//p[@class='triage-action']")
				.string("Call your local emergency number or go to an emergency department now"))
			.andExpect(xpath("//div[@class='triage-body']//li").string(containsString("nerves")))
			.andExpect(xpath("//p[@class='reference-code']").string(CODE))
			.andExpect(xpath("//p[@class='reference-hint']")
				.string("Your check-in is saved with your result under this code. Show it to whoever helps you."))
			.andExpect(xpath("//section[@class='show-staff']").doesNotExist())
			.andExpect(xpath("//form[@id='emergency-form']").doesNotExist());
		mvc.perform(page("warning-signs", run, "redFlags", "SADDLE_NUMBNESS")).andExpect(redirectedUrl("/check-in/emergency"));

		verify(assessments, times(1)).addFollowUp(CODE, FollowUpAnswers.stoppedAt(List.of(RedFlag.SADDLE_NUMBNESS)));
		verify(assessments, times(3)).isEmergencyAtCheckIn(CODE, List.of(RedFlag.SADDLE_NUMBNESS));
	}

	@Test
	void aWarningSignReportedBeforeCountsWithTheOneTickedNow() throws Exception {
		aFeverReportedBefore();
		String run = begin(CODE);
		mvc.perform(page("warning-signs", run, "redFlags", "BOTH_LEGS")).andExpect(redirectedUrl("/check-in/emergency"));
		verify(assessments).addFollowUp(CODE, FollowUpAnswers.stoppedAt(List.of(RedFlag.BOTH_LEGS)));

		mvc.perform(page("warning-signs", begin(CODE), "noWarningSigns", "true")).andExpect(redirectedUrl("/check-in/now"));
		verify(assessments, never()).isEmergencyAtCheckIn(CODE, List.of());
	}

	@Test
	void anEmergencyOnAResultThatTakesNoMoreCheckInsIsStillShownAndSaysItWasNotSaved() throws Exception {
		given(assessments.addFollowUp(eq(CODE), any())).willThrow(new TooManyFollowUpsException(CODE, 30));
		String run = begin(CODE);
		follow(page("warning-signs", run, "redFlags", "SADDLE_NUMBNESS"), run)
			.andExpect(xpath("//h1").string("Get emergency help now"))
			.andExpect(xpath("//p[@class='triage-action']")
				.string("Call your local emergency number or go to an emergency department now"))
			.andExpect(xpath("//p[@class='reference-hint']").string(containsString("could not be added to your result")));
	}

	@Test
	void anEmergencyOnlyWithWhatWasReportedBeforeIsShownEvenWhenItCouldNotBeSaved() throws Exception {
		aFeverReportedBefore();
		given(assessments.addFollowUp(eq(CODE), any())).willThrow(new TooManyFollowUpsException(CODE, 30));
		String run = begin(CODE);
		follow(page("warning-signs", run, "redFlags", "BOTH_LEGS"), run)
			.andExpect(xpath("//h1").string("Get emergency help now"))
			.andExpect(xpath("//p[@class='triage-action']")
				.string("Call your local emergency number or go to an emergency department now."))
			.andExpect(xpath("//div[@class='triage-body']/p[2]").string(containsString("with what you reported before")))
			.andExpect(xpath("//p[@class='reference-hint']").string(containsString("could not be added to your result")));
	}

	@Test
	void onAResultDeletedWhileCheckingInTheWarningSignsAloneDecide() throws Exception {
		String run = begin(CODE);
		given(assessments.isEmergencyAtCheckIn(eq(CODE), anyList())).willThrow(new UnknownAssessmentException(CODE));
		given(assessments.addFollowUp(eq(CODE), any())).willThrow(new UnknownAssessmentException(CODE));
		follow(page("warning-signs", run, "redFlags", "SADDLE_NUMBNESS"), run)
			.andExpect(xpath("//h1").string("Get emergency help now"))
			.andExpect(xpath("//div[@class='triage-body']//li").string(containsString("nerves")));
		mvc.perform(page("warning-signs", begin(CODE), "redFlags", "FEVER")).andExpect(redirectedUrl("/check-in/now"));
	}

	@Test
	void aWarningSignBelowAnEmergencyGoesOnToTheSecondPage() throws Exception {
		String run = begin(CODE);
		mvc.perform(page("warning-signs", run, "redFlags", "FEVER")).andExpect(redirectedUrl("/check-in/now"));
		show("/check-in/now", run).andExpect(xpath("//input[@type='hidden'][@name='redFlags'][@value='FEVER']").exists());
		verify(assessments, never()).addFollowUp(anyString(), any());
	}

	@ParameterizedTest(name = "severity {0}")
	@ValueSource(strings = { "999", "11", "-5", "-2147483648", "2147483648", "seven", "4.5", "1e1" })
	void aSeverityNoPageSendsGetsThePageAgainWith400AndIsNeverKept(String severity) throws Exception {
		String run = begin(CODE);
		mvc.perform(page("now", run, "noWarningSigns", "true", "course", "SAME", "severity", severity))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("check-in"))
			.andExpect(xpath("//h1").string("How is the pain now?"))
			.andExpect(xpath("//div[@class='error-summary']//a[@href='#severity-0']")
				.string("Choose how bad the pain is, from 0 to 10"))
			.andExpect(xpath("//input[@name='severity'][@checked]").doesNotExist())
			.andExpect(xpath("//input[@id='course-SAME'][@checked]").exists());
		// Sent hidden with the first page, too: the page that asks it says what is wrong.
		mvc.perform(page("warning-signs", run, "noWarningSigns", "true", "severity", severity))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("//h1").string("How is the pain now?"))
			.andExpect(xpath("//p[@id='severity-error']").exists());
		show("/check-in/now", run).andExpect(xpath("//input[@type='hidden'][@name='noWarningSigns']").doesNotExist());
		verify(assessments, never()).addFollowUp(anyString(), any());
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "course, BETTER, course-IMPROVING, 'Choose whether the pain is getting better, staying about the same or getting worse'",
			"symptoms, NOT_A_SYMPTOM, symptoms-NUMBNESS, Choose one of the answers shown",
			"redFlags, NOT_A_SIGN, redFlags-BLADDER_BOWEL_LOSS, Choose one of the answers shown",
			"noWarningSigns, perhaps, redFlags-BLADDER_BOWEL_LOSS, Choose one of the answers shown" })
	void aCodeNoPageSendsGetsThePageThatAsksItWith400(String field, String value, String firstInput, String message)
			throws Exception {
		mvc.perform(page("now", begin(CODE), "redFlags", "FEVER", "course", "SAME", "severity", "3", field, value))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("//div[@class='error-summary']//a[@href='#%s']", firstInput).string(message));
		verify(assessments, never()).addFollowUp(anyString(), any());
	}

	@ParameterizedTest(name = "{0} twice")
	@CsvSource({ "severity, 3, 7", "course, SAME, WORSENING", "noWarningSigns, true, true" })
	void anAnswerOfOneValueSentTwiceGets400(String field, String first, String second) throws Exception {
		MockHttpServletRequestBuilder twice = page("now", begin(CODE), "course", "SAME", "severity", "3",
				"noWarningSigns", "true");
		twice.param(field, first, second);
		mvc.perform(twice).andExpect(status().isBadRequest()).andExpect(xpath("//div[@class='error-summary']").exists());
		verify(assessments, never()).addFollowUp(anyString(), any());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "redFlags[0]", "severity[]", "course.x", "symptoms[abc]" })
	void anIndexedOrDottedNameIsRefusedWith400(String name) throws Exception {
		mvc.perform(page("now", begin(CODE), "course", "SAME", "severity", "3", "noWarningSigns", "true").param(name, "FEVER"))
			.andExpect(status().isBadRequest());
		verify(assessments, never()).addFollowUp(anyString(), any());
	}

	@Test
	void aForgedMissingOrEndedRunIsRefusedWithNothingKept() throws Exception {
		mvc.perform(page("now", "r1.1.AAAA.forged", "course", "SAME")).andExpect(redirectedUrl("/?ended"));
		mvc.perform(page("now", null, "course", "SAME")).andExpect(redirectedUrl("/?ended"));
		mvc.perform(page("nowhere", begin(CODE))).andExpect(status().isNotFound());
		mvc.perform(get("/check-in/now")).andExpect(redirectedUrl("/"));
		mvc.perform(get("/check-in")).andExpect(redirectedUrl("/"));

		Instant now = Instant.now();
		String before = new RunTokens(new RunTokenProperties(SECRET, null, Duration.ofHours(2), false),
				Clock.fixed(now.minusSeconds(60), ZoneOffset.UTC)).start();
		saved.put(RunTokens.key(before), new CheckInDraft(RunTokens.key(before), CODE, "{}", now));
		Cookie reset = new Cookie(DeviceReset.COOKIE, Long.toString(now.minusSeconds(30).toEpochMilli()));
		mvc.perform(page("now", before, "course", "SAME").cookie(reset)).andExpect(redirectedUrl("/?ended"));
		mvc.perform(get("/check-in/now").cookie(reset, new Cookie(CheckInCookie.NAME, before))).andExpect(redirectedUrl("/"));
		verify(assessments, never()).addFollowUp(anyString(), any());
	}

	@Test
	void startAgainEndsTheCheckInAndRemovesItsCookie() throws Exception {
		String run = begin(CODE);
		MvcResult reset = mvc.perform(get("/start-again").cookie(new Cookie(CheckInCookie.NAME, run)))
			.andExpect(redirectedUrl("/?cleared"))
			.andReturn();
		verify(drafts).deleteById(RunTokens.key(run));
		assertThat(reset.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith(CheckInCookie.NAME + "=;").contains("Max-Age=0"));
	}

	@Test
	void anUnknownCodeGetsTheLookupsNoResultPageWithWhatWasTyped() throws Exception {
		given(assessments.find(anyString())).willReturn(Optional.empty());
		mvc.perform(post("/check-in").with(csrf()).param("code", "AAAA-BBBB-CCCC"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("//h1").string("No result has that code"))
			.andExpect(xpath("//form[@action='/check-in']//input[@name='code']/@value").string("AAAA-BBBB-CCCC"))
			.andExpect(header().doesNotExist("Set-Cookie"));
		mvc.perform(post("/check-in").with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/check-in").param("code", CODE)).andExpect(status().isForbidden());
	}

	@Test
	void aReplacedCodeLeadsToTheNewestVersionAndSaysSo() throws Exception {
		Assessment newest = new Assessment(NEWER, RESULT.createdAt(), "test", SELF_CARE, List.of(), List.of(), "",
				FIRST_ANSWERS);
		given(assessments.newestVersion(CODE)).willReturn(Optional.of(NEWER));
		given(assessments.find(NEWER)).willReturn(Optional.of(newest));
		given(assessments.addFollowUp(eq(NEWER), any())).willReturn(newest);

		MvcResult begun = mvc.perform(post("/check-in").with(csrf()).param("code", CODE))
			.andExpect(redirectedUrl("/check-in/warning-signs?updated=true"))
			.andReturn();
		String run = begun.getResponse().getCookie(CheckInCookie.NAME).getValue();
		mvc.perform(get("/check-in/warning-signs").param("updated", "true").cookie(new Cookie(CheckInCookie.NAME, run)))
			.andExpect(xpath("//div[@data-updated]/p").string(containsString(NEWER)))
			.andExpect(xpath("//p[@class='check-in-on']").string(containsString(NEWER)));
		show("/check-in/warning-signs", run).andExpect(xpath("//div[@data-updated]").doesNotExist());
		mvc.perform(page("now", run, "noWarningSigns", "true", "course", "SAME", "severity", "2"));
		verify(assessments).addFollowUp(eq(NEWER), any());
		verify(assessments, never()).addFollowUp(eq(CODE), any());
	}

	@Test
	void aResultReplacedWhileCheckingInTakesTheCheckInOnItsNewestVersion() throws Exception {
		Assessment newest = new Assessment(NEWER, RESULT.createdAt(), "test", SELF_CARE, List.of(), List.of(), "",
				FIRST_ANSWERS);
		given(assessments.addFollowUp(eq(CODE), any())).willThrow(new SupersededAssessmentException(CODE, NEWER));
		given(assessments.addFollowUp(eq(NEWER), any())).willReturn(newest);
		given(assessments.find(NEWER)).willReturn(Optional.of(newest));
		String run = begin(CODE);
		follow(page("now", run, "noWarningSigns", "true", "course", "SAME", "severity", "2"), run)
			.andExpect(xpath("//p[@class='reference-code']").string(NEWER));
	}

	@Test
	void aResultWithAllItsCheckInsSaysSoInsteadOfStartingOne() throws Exception {
		FollowUp same = new FollowUp(Instant.parse("2026-12-01T09:00:00Z"), Course.SAME, 5, List.of(), List.of(), SELF_CARE);
		Assessment full = withCheckIns(SELF_CARE,
				IntStream.range(0, AssessmentService.MAX_FOLLOW_UPS).mapToObj(i -> same).toArray(FollowUp[]::new));
		given(assessments.find(CODE)).willReturn(Optional.of(full));

		mvc.perform(post("/check-in").with(csrf()).param("code", CODE))
			.andExpect(status().isConflict())
			.andExpect(xpath("//h1").string("This result has had all its check-ins"))
			.andExpect(xpath("//p[@class='lead']").string("Result " + CODE + " has had 30 check-ins, the most one result takes."))
			.andExpect(header().doesNotExist("Set-Cookie"));
		mvc.perform(get("/results/" + CODE))
			.andExpect(xpath("//form[@action='/check-in']").doesNotExist())
			.andExpect(xpath("//p[@class='check-ins-full']").string(containsString("30 check-ins")));
	}

	@Test
	void aCheckInThatFindsTheResultFullWhenSavedSaysSo() throws Exception {
		String run = begin(CODE);
		given(assessments.addFollowUp(eq(CODE), any())).willThrow(new TooManyFollowUpsException(CODE, 30));
		mvc.perform(page("now", run, "noWarningSigns", "true", "course", "SAME", "severity", "2"))
			.andExpect(status().isConflict())
			.andExpect(xpath("//h1").string("This result has had all its check-ins"));
	}

	@Test
	void theResultShowsTheWorstPainOverTimeAsAChartWithATextAlternative() throws Exception {
		given(assessments.find(CODE)).willReturn(Optional.of(WORSE));
		mvc.perform(get("/results/" + CODE))
			.andExpect(xpath("//figure[@class='pain-chart']/figcaption/@id").string("pain-chart-title"))
			.andExpect(xpath("//figure/*[local-name()='svg'][@role='img'][@aria-labelledby='pain-chart-title']").exists())
			.andExpect(xpath("//figure/*[local-name()='svg']/@viewBox").string("0 0 320 180"))
			.andExpect(xpath("//*[local-name()='circle'][contains(@class,'chart-point')]").nodeCount(2))
			.andExpect(xpath("(//*[local-name()='circle'][contains(@class,'chart-point')])[1]/@class")
				.string("chart-point chart-point-SELF_CARE"))
			.andExpect(xpath("(//*[local-name()='circle'][contains(@class,'chart-point')])[2]/@class")
				.string("chart-point chart-point-SOON"))
			.andExpect(xpath("//*[local-name()='text'][@class='chart-value']").string("6"))
			.andExpect(xpath("(//*[local-name()='text'][@class='chart-date'])[1]").string("30 Nov, 14:05"))
			.andExpect(xpath("(//*[local-name()='text'][@class='chart-date'])[2]").string("2 Dec, 09:10"))
			.andExpect(xpath("//div[@class='visually-hidden']/table[@data-chart-table]/caption")
				.string("Worst pain, better or worse, and level, each time you answered"))
			.andExpect(xpath("//table[@data-chart-table]/tbody/tr[1]/th").string("30 November 2026, 14:05 (first answers)"))
			.andExpect(xpath("//table[@data-chart-table]/tbody/tr[1]/td").string("6 out of 10"))
			.andExpect(xpath("//table[@data-chart-table]/tbody/tr[2]/th").string("2 December 2026, 09:10"))
			.andExpect(xpath("//table[@data-chart-table]/tbody/tr[2]/td[2]").string("Getting worse"))
			.andExpect(xpath("//table[@data-chart-table]/tbody/tr[2]/td[3]").string("Soon: within two weeks"))
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	void eachCheckInIsListedWithItsAnswersItsLevelAndWhatItChanged() throws Exception {
		FollowUp same = new FollowUp(Instant.parse("2026-12-01T09:00:00Z"), Course.SAME, 5, List.of(), List.of(), SELF_CARE);
		FollowUp worse = new FollowUp(Instant.parse("2026-12-02T09:10:00Z"), Course.WORSENING, 7,
				List.of(RedFlag.FEVER), List.of(Symptom.NUMBNESS), SOON);
		given(assessments.find(CODE)).willReturn(Optional.of(withCheckIns(SOON, same, worse)));
		mvc.perform(get("/results/" + CODE))
			.andExpect(xpath("//section[@data-check-ins]/h3").string("Your check-ins"))
			.andExpect(xpath("//section[@data-check-ins]/p[not(@class)]").string(
					"When you first answered, on 30 November 2026, 14:05: worst pain 6 out of 10, level \"Self-care\"."))
			.andExpect(xpath("//li[@class='check-in'][1]/h4").string("Check-in on 1 December 2026, 09:00"))
			.andExpect(xpath("//li[@class='check-in'][1]//p[@class='check-in-change']").string("The level stayed \"Self-care\"."))
			.andExpect(xpath("//li[contains(@class,'check-in-raised')]/h4").string("Check-in on 2 December 2026, 09:10"))
			.andExpect(xpath("//li[contains(@class,'check-in-raised')]//dd").string(containsString("Getting worse")))
			.andExpect(xpath("//li[contains(@class,'check-in-raised')]//dd[contains(.,'7 out of 10')]").exists())
			.andExpect(xpath("//li[contains(@class,'check-in-raised')]//li[.='A fever or chills, or you feel very unwell']").exists())
			.andExpect(xpath("//li[contains(@class,'check-in-raised')]//li[.='Numbness in the leg or foot']").exists())
			.andExpect(xpath("//li[contains(@class,'check-in-raised')]//p[@class='check-in-change']")
				.string("It raised the level from \"Self-care\" to \"Soon: within two weeks\", because:"))
			.andExpect(xpath("//div[@data-raised]/p").string(containsString("2 December 2026, 09:10")));
	}

	@Test
	void aResultNobodyCheckedInOnHasNoChartAndNoRaisedNotice() throws Exception {
		mvc.perform(get("/results/" + CODE))
			.andExpect(xpath("//figure[@class='pain-chart']").doesNotExist())
			.andExpect(xpath("//div[@data-raised]").doesNotExist())
			.andExpect(xpath("//section[@data-check-ins]//form").exists());
		verify(assessments, never()).firstTriage(anyString(), any());
	}

	@Test
	void aReplacedVersionOffersNoCheckInOfItsOwn() throws Exception {
		willReturn(Optional.of(new VersionedAssessment(current, null, NEWER))).given(assessments).findVersioned(CODE);
		mvc.perform(get("/results/" + CODE)).andExpect(xpath("//form[@action='/check-in']").doesNotExist());
	}

	@Test
	void aResultDeletedWhileCheckingInIsNotFoundAtTheEnd() throws Exception {
		String run = begin(CODE);
		given(assessments.addFollowUp(eq(CODE), any()))
			.willThrow(new UnknownAssessmentException(CODE));
		given(assessments.find(CODE)).willReturn(Optional.empty());
		mvc.perform(page("now", run, "noWarningSigns", "true", "course", "SAME", "severity", "2"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("//h1").string("No result has that code"));
	}

	private String messageOf(String key) throws Exception {
		java.util.Properties messages = new java.util.Properties();
		try (var in = new org.springframework.core.io.ClassPathResource("messages.properties").getInputStream()) {
			messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return messages.getProperty(key);
	}

	/** The clinic tablet: the emergency page says to show the staff, and a check-in leaves the tablet's history alone. */
	@Nested
	@TestPropertySource(properties = "glutecheck.kiosk.enabled=true")
	class OnTheClinicTablet {

		@Test
		void theEmergencyPageSaysToShowTheStaffAndThatTheCheckInIsSaved() throws Exception {
			given(assessments.addFollowUp(eq(CODE), any())).willAnswer(call -> current = withCheckIns(EMERGENCY,
					new FollowUp(Instant.parse("2026-12-02T09:10:00Z"), null, null, List.of(RedFlag.SADDLE_NUMBNESS),
							List.of(), EMERGENCY)));
			String run = begin(CODE);
			follow(page("warning-signs", run, "redFlags", "SADDLE_NUMBNESS"), run)
				.andExpect(xpath("//section[@class='show-staff']/h2").string("Show this screen to the staff at the desk now"))
				.andExpect(xpath("//p[@class='triage-action']")
					.string("Call your local emergency number or go to an emergency department now"))
				.andExpect(xpath("//p[@class='reference-hint']")
					.string("Your check-in is saved with your result under this code. The staff can find it with it."))
				.andExpect(xpath("//a[@href='/start-again'][.='Hand the tablet back']").exists());
		}

		@Test
		void theStartPageOffersACheckInByCodeButNoResultOpensThere() throws Exception {
			mvc.perform(get("/"))
				.andExpect(xpath("//form[@action='/check-in'][@method='post'][@autocomplete='off']//input[@name='code']").exists())
				.andExpect(xpath("//form[@action='/results']").doesNotExist());
			mvc.perform(page("warning-signs", begin(CODE), "go", "back")).andExpect(redirectedUrl("/"));
			mvc.perform(get("/results/" + CODE)).andExpect(xpath("//form[@action='/check-in']").doesNotExist());
		}

	}

	/** Typed codes that find nothing count as lookups, so a check-in cannot be used to guess references. */
	@Nested
	@TestPropertySource(properties = { "glutecheck.lookup-throttle.max-misses=3", "glutecheck.lookup-throttle.window=10m" })
	class Throttled {

		private MockHttpServletRequestBuilder typed(String code) {
			return post("/check-in").with(csrf()).param("code", code).with(request -> {
				request.setRemoteAddr("203.0.113.40");
				return request;
			});
		}

		@Test
		void aClientWhoseTypedCodesFindNothingIsHeldBackLikeAnyLookup() throws Exception {
			given(assessments.find(anyString())).willReturn(Optional.empty());
			for (String guess : List.of("AAAA-AAAA-AAAA", "BBBB-BBBB-BBBB", "CCCC-CCCC-CCCC")) {
				mvc.perform(typed(guess)).andExpect(status().isNotFound());
			}
			given(assessments.find(CODE)).willReturn(Optional.of(RESULT));
			mvc.perform(typed(CODE))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().exists("Retry-After"));
			// Another client is not held back.
			mvc.perform(post("/check-in").with(csrf()).param("code", CODE)).andExpect(status().isFound());
		}

	}

}
