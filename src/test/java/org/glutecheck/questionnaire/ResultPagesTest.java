package org.glutecheck.questionnaire;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.glutecheck.answers.Location;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.VersionedAssessment;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages around a saved result, in a web slice behind the real security: the privacy page and
 * the footer (with the configured retention period), a result's link, "no result has that code",
 * opening a result by its code, deleting it, and "Start again" asking first.
 */
@WebMvcTest(controllers = { QuestionnaireController.class, ResetController.class, ResultController.class,
		PrivacyController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.glutecheck\\.system\\.WebSecurityConfiguration"))
@Import({ RunTokens.class, DeviceReset.class, RunCookie.class, EmergencyCheck.class, Pages.class, CauseTexts.class, Sittings.class,
		CheckInCookie.class, CheckIns.class, QuestionnaireControllerTest.Clocks.class })
@TestPropertySource(properties = { "glutecheck.form-secret=result-pages-test-secret-0123456789",
		"glutecheck.retention.period=14d", "glutecheck.desk.time-zone=Europe/London" })
class ResultPagesTest {

	private static final String CODE = "K7QM-2XD9-4TRB";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private TriageService triage;

	@MockitoBean
	private Submissions submissions;

	@MockitoBean
	private AssessmentService assessments;

	@MockitoBean
	private DraftRepository drafts;

	@MockitoBean
	private CheckInDraftRepository checkInDrafts;

	private final Assessment saved = new Assessment(CODE, Instant.parse("2026-11-30T14:05:00Z"), "test",
			new Triage(TriageLevel.SOON, "Book an appointment", "Within two weeks.", List.of()), List.of(), List.of(),
			"Educational only.", TestAnswers.at(Location.OUTER_HIP).severity(4).build());

	@BeforeEach
	void aSavedResult() {
		given(assessments.find(anyString())).willReturn(Optional.empty());
		given(assessments.find(CODE)).willReturn(Optional.of(saved));
		given(assessments.findVersioned(anyString())).willReturn(Optional.empty());
		given(assessments.findVersioned(CODE)).willReturn(Optional.of(new VersionedAssessment(saved, null, null)));
	}

	@Test
	void thePrivacyPageSaysWhatIsKeptForHowLongAndWhoSeesIt() throws Exception {
		mvc.perform(get("/privacy"))
			.andExpect(status().isOk())
			.andExpect(xpath("//h1").string("Your answers and your privacy"))
			.andExpect(content().string(containsString("For 14 days. After that")))
			.andExpect(xpath("//main").string(containsString("the clinic's staff see every assessment")))
			.andExpect(content().string(containsString("No name")))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void theStartPageAndTheFooterLeadToThePrivacyPage() throws Exception {
		mvc.perform(get("/"))
			.andExpect(xpath("//main//a[@href='/privacy']").exists())
			.andExpect(xpath("//footer//a[@href='/privacy']").exists())
			.andExpect(xpath("//footer").string(containsString("for 14 days, then deleted")))
			.andExpect(xpath("//footer").string(containsString("the clinic's staff see every assessment")))
			.andExpect(xpath("//form[@action='/results'][@method='get']//input[@name='code']").exists());
	}

	@Test
	void aResultShowsItsLinkAndWhenItWasMadeInBritishEnglish() throws Exception {
		mvc.perform(get("/results/" + CODE))
			.andExpect(status().isOk())
			.andExpect(xpath("//*[@id='result-link']").string("http://localhost/results/" + CODE))
			.andExpect(xpath("//button[@data-copy='result-link']/@hidden").exists())
			.andExpect(xpath("//*[local-name()='svg'][contains(@class,'qr')]").doesNotExist())
			.andExpect(content().string(containsString("Made on 30 November 2026, 14:05")))
			.andExpect(content().string(containsString("Soon: within two weeks")))
			.andExpect(xpath("//form[@action='/results/" + CODE + "']//button[@name='delete'][@value='ask']").exists());
	}

	@Test
	void aSavedResultCannotBeChangedSoItHasNoChangeFormAndNoTokenOutsideAForm() throws Exception {
		mvc.perform(get("/results/" + CODE))
			.andExpect(status().isOk())
			.andExpect(xpath("//dl[contains(@class,'summary-list')]").exists())
			.andExpect(xpath("//*[@id='answers-form']").doesNotExist())
			.andExpect(xpath("//button[@name='to']").doesNotExist())
			.andExpect(xpath("count(//input[@name='_csrf'][not(ancestor::form)])").number(0.0));
	}

	@Test
	void anUnknownCodeSaysPlainlyThatNoResultHasIt() throws Exception {
		mvc.perform(get("/results/AAAA-BBBB-CCCC"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("//h1").string("No result has that code"))
			.andExpect(content().string(containsString("Results are deleted 14 days after they were made")))
			.andExpect(content().string(not(containsString("something went wrong"))));
	}

	@Test
	void theOpenBoxGoesToTheResultsOwnAddress() throws Exception {
		mvc.perform(get("/results").param("code", " k7qm 2xd9 4trb ")).andExpect(redirectedUrl("/results/" + CODE));
		mvc.perform(get("/results").param("code", "not a code"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("//input[@name='code']/@value").string("not a code"));
	}

	@Test
	void deletingAsksFirstThenDeletes() throws Exception {
		mvc.perform(post("/results/" + CODE).with(csrf()).param("delete", "ask"))
			.andExpect(status().isOk())
			.andExpect(xpath("//h1").string("Delete this result?"))
			.andExpect(xpath("//form[@action='/results/" + CODE + "']//button[@name='delete'][@value='yes']").exists())
			.andExpect(xpath("//form//input[@name='_csrf']").exists());
		verify(submissions, never()).delete(anyString());

		given(submissions.delete(CODE)).willReturn(true);
		mvc.perform(post("/results/" + CODE).with(csrf()).param("delete", "yes")).andExpect(redirectedUrl("/deleted"));
		verify(submissions).delete(CODE);
		verify(drafts).deleteByLatestReference(CODE);
		verify(checkInDrafts).deleteByReference(CODE);
		mvc.perform(get("/deleted"))
			.andExpect(xpath("//h1").string("Your result was deleted"))
			.andExpect(header().string("Cache-Control", "no-store"));
	}

	@Test
	void deletingNeedsTheFormsTokenAndAnExistingResult() throws Exception {
		mvc.perform(post("/results/" + CODE).param("delete", "yes")).andExpect(status().isForbidden());
		mvc.perform(post("/results/AAAA-BBBB-CCCC").with(csrf()).param("delete", "ask"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/results/AAAA-BBBB-CCCC").with(csrf()).param("delete", "yes"))
			.andExpect(status().isNotFound());
		verify(submissions, never()).delete(CODE);
	}

	@Test
	void startAgainInTheHeaderAsksFirst() throws Exception {
		mvc.perform(get("/start-again/confirm"))
			.andExpect(status().isOk())
			.andExpect(xpath("//h1").string("Clear your answers and start again?"))
			.andExpect(xpath("//main//a[@href='/start-again']").exists())
			.andExpect(xpath("//header//a[@data-confirm]").doesNotExist())
			.andExpect(header().doesNotExist("Set-Cookie"));
		mvc.perform(get("/results/" + CODE))
			.andExpect(xpath("//header//a[@href='/start-again/confirm']/@data-confirmed-href").string("/start-again"));
	}

}
