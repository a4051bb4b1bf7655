package org.glutecheck.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.glutecheck.answers.Course;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentSummary;
import org.glutecheck.assessment.FollowUp;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The desk's controllers in a web slice, behind the real staff security, with the desk's data made up. */
@WebMvcTest(controllers = { DeskController.class, DeskUpdatesController.class, DeskExportController.class,
		SignInController.class, StaffSetupController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = { "org\\.glutecheck\\.system\\.WebSecurityConfiguration",
						"org\\.glutecheck\\.desk\\.(DeskSecurityConfiguration|SignInFailures)" }))
class DeskWebTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final RequestPostProcessor STAFF = user("alice").roles("STAFF");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private Desk desk;

	@MockitoBean
	private StaffSetup setup;

	private final AssessmentSummary emergency = new AssessmentSummary("W448-VT8E-EFJ2",
			Instant.parse("2026-11-23T10:42:00Z"), TriageLevel.EMERGENCY, "SCIATICA", "2026.11.2", null);

	private final AssessmentSummary selfCare = new AssessmentSummary("E8GY-B09P-98CJ",
			Instant.parse("2026-11-23T09:05:00Z"), TriageLevel.SELF_CARE, null, "2026.11.2",
			Instant.parse("2026-11-23T09:30:00Z"));

	private final Assessment opened = new Assessment("W448-VT8E-EFJ2", Instant.parse("2026-11-23T10:42:00Z"),
			"2026.11.2",
			new Triage(TriageLevel.EMERGENCY, "Get emergency help now", "Call your local emergency number.",
					List.of(new TriageReason("SADDLE", TriageLevel.EMERGENCY, "Numbness in the saddle area."))),
			List.of(), List.of(), "Educational only.",
			TestAnswers.at(Location.CENTER_BUTTOCK).severity(7).redFlags(RedFlag.SADDLE_NUMBNESS).build());

	@BeforeEach
	void aDay() {
		given(desk.zone()).willReturn(ZoneOffset.UTC);
		given(desk.today()).willReturn(TODAY);
		given(desk.day()).willReturn(new Desk.Day(TODAY, 2, 1, 1, "abc-2", List.of()));
		given(desk.conditionName("SCIATICA")).willReturn("Sciatica");
		given(desk.today(any())).willReturn(List.of(emergency, selfCare));
	}

	@Test
	void listsTodayNewestFirstWithEmergenciesStandingOutInWordsAndIcon() throws Exception {
		mvc.perform(get("/desk").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(xpath("//tbody/tr[1]/@class").string("desk-row desk-row-EMERGENCY"))
			.andExpect(xpath("//tbody/tr[1]/td[1]").string("10:42"))
			.andExpect(xpath("//tbody/tr[1]/td[2]/a/@href").string("/desk/assessments/W448-VT8E-EFJ2"))
			.andExpect(xpath("normalize-space(//tbody/tr[1]/td[3])").string("Emergency"))
			.andExpect(xpath("//tbody/tr[1]/td[3]//*[local-name()='svg']").exists())
			.andExpect(xpath("//tbody/tr[1]/td[4]").string("Sciatica"))
			.andExpect(xpath("normalize-space(//tbody/tr[1]/td[5])").string("Not yet"))
			.andExpect(xpath("//tbody/tr[2]/td[4]").string("None matched well"))
			.andExpect(xpath("normalize-space(//tbody/tr[2]/td[5])").string("Seen at 09:30"))
			.andExpect(xpath("//*[@data-desk-results]/@data-version").string("abc-2"))
			.andExpect(content().string(containsString("<noscript><meta http-equiv=\"refresh\" content=\"30\"/></noscript>")))
			.andExpect(content().string(containsString("1 emergency")))
			.andExpect(content().string(containsString("Monday 23 November 2026")))
			.andExpect(xpath("//footer").doesNotExist());
	}

	@Test
	void aFilteredListSaysHowManyOfTodaysItShows() throws Exception {
		given(desk.day()).willReturn(new Desk.Day(TODAY, 14, 3, 1, "abc-14", List.of()));
		given(desk.today(any())).willReturn(List.of(emergency));
		mvc.perform(get("/desk").param("level", "EMERGENCY").with(STAFF))
			.andExpect(content().string(containsString("Showing 1 of 14 today")))
			.andExpect(content().string(not(containsString("14 assessments today"))));
		mvc.perform(get("/desk").with(STAFF)).andExpect(content().string(containsString("14 assessments today")));
	}

	@Test
	void filtersByLevel() throws Exception {
		mvc.perform(get("/desk").param("level", "EMERGENCY").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(xpath("//option[@value='EMERGENCY']/@selected").exists());
		verify(desk).today(new DeskFilter(TriageLevel.EMERGENCY, ""));
	}

	@Test
	void anUnknownLevelIsABadRequest() throws Exception {
		mvc.perform(get("/desk").param("level", "PANIC").with(STAFF)).andExpect(status().isBadRequest());
	}

	@Test
	void everyUnseenEmergencyOrUrgentOneIsAnAlertAtTheTopAndInThePageTitle() throws Exception {
		given(desk.day()).willReturn(new Desk.Day(TODAY, 2, 1, 1, "abc-2",
				List.of(new Desk.Alert("W448-VT8E-EFJ2", TriageLevel.EMERGENCY, "10:42", false),
						new Desk.Alert("E8GY-B09P-98CJ", TriageLevel.URGENT, "10:40", false))));
		mvc.perform(get("/desk").with(STAFF))
			.andExpect(xpath("//title").string("(2 alerts) Today's assessments - Glute Check"))
			.andExpect(xpath("//*[@data-desk-alerts]/section/h2").string("2 emergency or urgent assessments not yet seen"))
			.andExpect(xpath("//li[@data-alert='W448-VT8E-EFJ2']//a/@href").string("/desk/assessments/W448-VT8E-EFJ2"))
			.andExpect(xpath("normalize-space(//li[@data-alert='E8GY-B09P-98CJ'])").string("Urgent: today E8GY-B09P-98CJ at 10:40"))
			.andExpect(xpath("//button[@data-desk-sound][@hidden][@aria-pressed='false']")
				.string("Sound for new alerts: off"));
	}

	@Test
	void anAlertRaisedByACheckInSaysSo() throws Exception {
		given(desk.day()).willReturn(new Desk.Day(TODAY, 2, 1, 1, "abc-2",
				List.of(new Desk.Alert("W448-VT8E-EFJ2", TriageLevel.EMERGENCY, "11:05", true),
						new Desk.Alert("W448-VT8E-EFJ2", TriageLevel.URGENT, "10:42", false))));
		mvc.perform(get("/desk").with(STAFF))
			.andExpect(xpath("//title").string("(2 alerts) Today's assessments - Glute Check"))
			.andExpect(xpath("normalize-space(//li[@data-alert-key='W448-VT8E-EFJ2 EMERGENCY'])")
				.string("Emergency W448-VT8E-EFJ2 at 11:05 after a check-in"))
			.andExpect(xpath("normalize-space(//li[@data-alert-key='W448-VT8E-EFJ2 URGENT'])")
				.string("Urgent: today W448-VT8E-EFJ2 at 10:42"));
	}

	@Test
	void withNothingToAlertTheTitleIsPlainAndThereIsNoBanner() throws Exception {
		mvc.perform(get("/desk").with(STAFF))
			.andExpect(xpath("//title").string("Today's assessments - Glute Check"))
			.andExpect(xpath("//*[@data-desk-alerts]/section").doesNotExist());
	}

	@Test
	void aChangedAssessmentIsOneRowMarkedUpdatedWithItsEarlierVersionsOnItsPage() throws Exception {
		AssessmentSummary changed = new AssessmentSummary("W448-VT8E-EFJ2", Instant.parse("2026-11-23T10:42:00Z"),
				TriageLevel.EMERGENCY, "SCIATICA", "2026.11.1", null, "Q1Q1-Q1Q1-Q1Q1", null);
		AssessmentSummary earlier = new AssessmentSummary("Q1Q1-Q1Q1-Q1Q1", Instant.parse("2026-11-23T10:30:00Z"),
				TriageLevel.SELF_CARE, null, "2026.11.1", null, null, "W448-VT8E-EFJ2");
		given(desk.today(any())).willReturn(List.of(changed));
		mvc.perform(get("/desk").with(STAFF))
			.andExpect(xpath("//tbody/tr").nodeCount(1))
			.andExpect(xpath("//tbody/tr[1]//span[@class='desk-updated']").string("Updated"));
		given(desk.open("W448-VT8E-EFJ2")).willReturn(Optional.of(new Desk.Opened(opened, Optional.empty(), false)));
		given(desk.history("W448-VT8E-EFJ2")).willReturn(List.of(earlier));
		mvc.perform(get("/desk/assessments/W448-VT8E-EFJ2").with(STAFF))
			.andExpect(xpath("//h2[@id='history-title']").string("Earlier versions"))
			.andExpect(xpath("//ul[@class='desk-history']/li[1]/a/@href").string("/desk/assessments/Q1Q1-Q1Q1-Q1Q1"));
		// Opened by its old code, an earlier version leads to the newest.
		given(desk.newestVersion("W448-VT8E-EFJ2")).willReturn(Optional.of("NNNN-NNNN-NNNN"));
		mvc.perform(get("/desk/assessments/W448-VT8E-EFJ2").with(STAFF))
			.andExpect(xpath("//div[@class='notice']//a/@href").string("/desk/assessments/NNNN-NNNN-NNNN"));
	}

	@Test
	void anEmergencyStoppedAtTheWarningSignsSaysWhyNoCausesWereRanked() throws Exception {
		Assessment stopped = new Assessment("W448-VT8E-EFJ2", opened.createdAt(), "2026.11.1", opened.triage(), List.of(),
				List.of(), "Educational only.", TestAnswers.at().redFlags(RedFlag.SADDLE_NUMBNESS).build());
		given(desk.open("W448-VT8E-EFJ2")).willReturn(Optional.of(new Desk.Opened(stopped, Optional.empty(), false)));
		mvc.perform(get("/desk/assessments/W448-VT8E-EFJ2").with(STAFF))
			.andExpect(content().string(containsString("stopped at the warning signs")))
			.andExpect(content().string(containsString("Numbness between your legs")));
	}

	@Test
	void aWholeReferenceOpensThatAssessment() throws Exception {
		given(desk.open("W448-VT8E-EFJ2")).willReturn(Optional.of(new Desk.Opened(opened, Optional.empty(), false)));
		mvc.perform(get("/desk").param("reference", "w448 vt8e efj2").with(STAFF))
			.andExpect(redirectedUrl("/desk/assessments/W448-VT8E-EFJ2"));
	}

	@Test
	void aReferenceThatMatchesNothingSaysSo() throws Exception {
		given(desk.open(anyString())).willReturn(Optional.empty());
		given(desk.today(any())).willReturn(List.of());
		mvc.perform(get("/desk").param("reference", "QQQQ").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No assessment today matches")));
	}

	@Test
	void opensOneWithItsResultAndAnswers() throws Exception {
		given(desk.open("W448-VT8E-EFJ2")).willReturn(Optional.of(new Desk.Opened(opened, Optional.empty(), false)));
		mvc.perform(get("/desk/assessments/W448-VT8E-EFJ2").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(xpath("//h1").string("Assessment W448-VT8E-EFJ2"))
			.andExpect(xpath("//section[contains(@class,'triage-EMERGENCY')]//h2").string("Get emergency help now"))
			.andExpect(content().string(containsString("Numbness in the saddle area.")))
			.andExpect(content().string(containsString("Deep in the middle of the buttock")))
			.andExpect(content().string(containsString("Numbness between your legs")))
			.andExpect(xpath("//form[contains(@action,'/seen')]//button").string("Mark as seen"));
	}

	@Test
	void aSeenOneSaysWhenAndHasNoButton() throws Exception {
		given(desk.open("W448-VT8E-EFJ2"))
			.willReturn(Optional.of(new Desk.Opened(opened, Optional.of(Instant.parse("2026-11-23T11:00:00Z")), false)));
		mvc.perform(get("/desk/assessments/W448-VT8E-EFJ2").with(STAFF))
			.andExpect(xpath("//form[contains(@action,'/seen')]").doesNotExist())
			.andExpect(content().string(containsString("23 November 2026, 10:42")))
			.andExpect(content().string(containsString("23 November 2026, 11:00")));
	}

	@Test
	void oneSeenBeforeACheckInRaisedItAgainCanBeMarkedSeenAgain() throws Exception {
		given(desk.open("W448-VT8E-EFJ2"))
			.willReturn(Optional.of(new Desk.Opened(opened, Optional.of(Instant.parse("2026-11-23T11:00:00Z")), true)));
		mvc.perform(get("/desk/assessments/W448-VT8E-EFJ2").with(STAFF))
			.andExpect(content().string(containsString("23 November 2026, 11:00")))
			.andExpect(xpath("//p[@class='desk-alert-again']")
				.string("A check-in raised its level again: mark it seen to clear the alert."))
			.andExpect(xpath("//form[contains(@action,'/seen')]//button").string("Mark as seen"));
	}

	@Test
	void anAssessmentsHistoryShowsItsCheckInsInTheClinicsTimeZone() throws Exception {
		given(desk.zone()).willReturn(ZoneId.of("Europe/Madrid"));
		Triage soon = new Triage(TriageLevel.SOON, "Book an appointment", "Within two weeks.",
				List.of(new TriageReason("WORSE_SINCE_ASSESSED", TriageLevel.SOON, "Worse than when first answered.")));
		Assessment checkedIn = new Assessment("W448-VT8E-EFJ2", opened.createdAt(), "2026.12.2", opened.triage(), List.of(),
				List.of(), "Educational only.", opened.answers(),
				List.of(new FollowUp(Instant.parse("2026-11-24T09:10:00Z"), Course.WORSENING, 7, List.of(), List.of(), soon),
						new FollowUp(Instant.parse("2026-11-25T18:30:00Z"), null, null, List.of(RedFlag.FEVER,
								RedFlag.BOTH_LEGS), List.of(), opened.triage())));
		given(desk.open("W448-VT8E-EFJ2")).willReturn(Optional.of(new Desk.Opened(checkedIn, Optional.empty(), false)));
		mvc.perform(get("/desk/assessments/W448-VT8E-EFJ2").with(STAFF))
			.andExpect(xpath("//section[@data-check-ins]/h2").string("Check-ins (\"how is it now?\")"))
			.andExpect(xpath("//table[contains(@class,'desk-check-ins')]/tbody/tr").nodeCount(2))
			.andExpect(xpath("//table[contains(@class,'desk-check-ins')]/tbody/tr[1]/td[1]").string("24 November 2026, 10:10"))
			.andExpect(xpath("//table[contains(@class,'desk-check-ins')]/tbody/tr[1]/td[2]").string("Getting worse"))
			.andExpect(xpath("//table[contains(@class,'desk-check-ins')]/tbody/tr[1]/td[3]").string("7"))
			.andExpect(xpath("normalize-space(//table[contains(@class,'desk-check-ins')]/tbody/tr[1]/td[4])").string("None"))
			.andExpect(xpath("normalize-space(//table[contains(@class,'desk-check-ins')]/tbody/tr[1]/td[5])")
				.string("Soon: within two weeks"))
			.andExpect(xpath("//table[contains(@class,'desk-check-ins')]/tbody/tr[2]/td[1]").string("25 November 2026, 19:30"))
			.andExpect(xpath("//table[contains(@class,'desk-check-ins')]/tbody/tr[2]/td[2]").string("Stopped at the warning signs"))
			.andExpect(xpath("//table[contains(@class,'desk-check-ins')]/tbody/tr[2]/td[3]").string("Not reported"))
			.andExpect(xpath("//table[contains(@class,'desk-check-ins')]/tbody/tr[2]/td[4]/ul/li").nodeCount(2))
			.andExpect(xpath("//table[contains(@class,'desk-check-ins')]/tbody/tr[2]/@class").string(containsString("desk-row-EMERGENCY")))
			.andExpect(xpath("normalize-space(//table[contains(@class,'desk-check-ins')]/tbody/tr[2]/td[5])").string("Emergency"));
	}

	@Test
	void anAssessmentNobodyCheckedInOnHasNoCheckInsInItsHistory() throws Exception {
		given(desk.open("W448-VT8E-EFJ2")).willReturn(Optional.of(new Desk.Opened(opened, Optional.empty(), false)));
		mvc.perform(get("/desk/assessments/W448-VT8E-EFJ2").with(STAFF))
			.andExpect(xpath("//section[@data-check-ins]").doesNotExist());
	}

	@Test
	void anUnknownOneIsA404() throws Exception {
		given(desk.open(anyString())).willReturn(Optional.empty());
		mvc.perform(get("/desk/assessments/AAAA-BBBB-CCCC").with(STAFF)).andExpect(status().isNotFound());
		mvc.perform(get("/desk/assessments/nonsense").with(STAFF)).andExpect(status().isNotFound());
	}

	@Test
	void marksOneSeen() throws Exception {
		given(desk.markSeen("w448-vt8e-efj2")).willReturn(true);
		mvc.perform(post("/desk/assessments/w448-vt8e-efj2/seen").with(STAFF).with(csrf()))
			.andExpect(redirectedUrl("/desk/assessments/W448-VT8E-EFJ2"));
	}

	@Test
	void markingAnUnknownOneSeenIsA404() throws Exception {
		given(desk.markSeen(anyString())).willReturn(false);
		mvc.perform(post("/desk/assessments/AAAA-BBBB-CCCC/seen").with(STAFF).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theUpdatesAddressIsSmallJson() throws Exception {
		mvc.perform(get("/desk/updates").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(jsonPath("$.version").value("abc-2"))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.unseen").value(1))
			.andExpect(jsonPath("$.emergencies").value(1));
	}

	@Test
	void exportsTheRangeAskedForAsQuotedCsvOldestFirst() throws Exception {
		given(desk.between(eq(LocalDate.of(2026, 11, 1)), eq(LocalDate.of(2026, 11, 23)), eq(Set.of()), anyInt()))
			.willReturn(List.of(emergency, selfCare));
		given(desk.conditionName("SCIATICA")).willReturn("Sciatica, \"lumbar radiculopathy\"");
		String csv = mvc.perform(get("/desk/export.csv").param("from", "2026-11-01").param("to", "2026-11-23").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"glutecheck-2026-11-01-to-2026-11-23.csv\""))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.split("\r\n")).containsExactly(
				"created_at,reference,triage_level,leading_condition,leading_condition_name,rulebook_version,seen_at,supersedes,superseded_by",
				"2026-11-23T09:05:00Z,E8GY-B09P-98CJ,SELF_CARE,,,2026.11.2,2026-11-23T09:30:00Z,,",
				"2026-11-23T10:42:00Z,W448-VT8E-EFJ2,EMERGENCY,SCIATICA,\"Sciatica, \"\"lumbar radiculopathy\"\"\",2026.11.2,,,");
	}

	@Test
	void theExportMarksEachVersionOfAChangedAssessmentSoAPersonIsCountedOnce() throws Exception {
		AssessmentSummary earlier = new AssessmentSummary("Q1Q1-Q1Q1-Q1Q1", Instant.parse("2026-11-23T10:30:00Z"),
				TriageLevel.SELF_CARE, null, "2026.11.2", null, null, "W448-VT8E-EFJ2");
		AssessmentSummary changed = new AssessmentSummary("W448-VT8E-EFJ2", Instant.parse("2026-11-23T10:42:00Z"),
				TriageLevel.SOON, null, "2026.11.2", null, "Q1Q1-Q1Q1-Q1Q1", null);
		given(desk.between(any(), any(), any(), anyInt())).willReturn(List.of(changed, earlier));
		String csv = mvc.perform(get("/desk/export.csv").param("from", "2026-11-23").param("to", "2026-11-23").with(STAFF))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.split("\r\n")).containsExactly(
				"created_at,reference,triage_level,leading_condition,leading_condition_name,rulebook_version,seen_at,supersedes,superseded_by",
				"2026-11-23T10:30:00Z,Q1Q1-Q1Q1-Q1Q1,SELF_CARE,,,2026.11.2,,,W448-VT8E-EFJ2",
				"2026-11-23T10:42:00Z,W448-VT8E-EFJ2,SOON,,,2026.11.2,,Q1Q1-Q1Q1-Q1Q1,");
	}

	@Test
	void aBadRangeGetsTheFormBackWithWhatToChange() throws Exception {
		mvc.perform(get("/desk/export.csv").param("from", "2026-11-23").param("to", "2026-11-01").with(STAFF))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("The last day must be the same as the first day or after it")));
		mvc.perform(get("/desk/export.csv").param("from", "23/11/2026").with(STAFF))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a real date, like 2026-11-23")))
			.andExpect(content().string(containsString("Enter the last day")));
		mvc.perform(get("/desk/export.csv").param("from", "2024-01-01").param("to", "2026-11-23").with(STAFF))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose at most 366 days")));
		verify(desk, never()).between(any(), any(), any(), anyInt());
	}

	@Test
	void aDateBeyondTheCalendarGetsTheFormBackNotAnError() throws Exception {
		for (String far : List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01", "0000-01-01")) {
			mvc.perform(get("/desk/export.csv").param("from", far).param("to", far).with(STAFF))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Enter a real date, like 2026-11-23")));
		}
		verify(desk, never()).between(any(), any(), any(), anyInt());
	}

	@Test
	void tooManyRowsGetTheFormBack() throws Exception {
		given(desk.between(any(), any(), any(), anyInt())).willAnswer(call -> java.util.Collections
			.nCopies(call.getArgument(3, Integer.class), selfCare));
		mvc.perform(get("/desk/export.csv").param("from", "2026-11-01").param("to", "2026-11-23").with(STAFF))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There are more than 50,000 assessments in that range")));
	}

	@Test
	void theSignInPageSaysWhatWentWrong() throws Exception {
		mvc.perform(get("/desk/sign-in"))
			.andExpect(status().isOk())
			.andExpect(xpath("//input[@id='username']/@autocomplete").string("username"))
			.andExpect(xpath("//input[@id='password']/@autocomplete").string("current-password"))
			.andExpect(content().string(not(containsString("There is a problem"))));
		mvc.perform(get("/desk/sign-in").param("error", ""))
			.andExpect(content().string(containsString("The username or the password is not right.")));
		mvc.perform(get("/desk/sign-in").param("wait", "15"))
			.andExpect(content().string(containsString("Try again in 15 minutes.")));
		mvc.perform(get("/desk/sign-in").param("signed-out", ""))
			.andExpect(content().string(containsString("You are signed out.")));
	}

	@Test
	void aWrongPasswordKeepsTheUsernameFilledIn() throws Exception {
		var failed = mvc.perform(post("/desk/sign-in").with(csrf()).param("username", "Nurse.Jo").param("password", "wrong"))
			.andExpect(redirectedUrl("/desk/sign-in?error"))
			.andReturn();
		var remembered = failed.getResponse().getCookie(SignInFailures.USERNAME_COOKIE);
		assertThat(remembered).isNotNull();
		assertThat(remembered.getPath()).isEqualTo("/desk/sign-in");
		assertThat(remembered.isHttpOnly()).isTrue();
		mvc.perform(get("/desk/sign-in").param("error", "").cookie(remembered))
			.andExpect(xpath("//input[@id='username']/@value").string("Nurse.Jo"))
			.andExpect(xpath("//footer").doesNotExist());
		mvc.perform(get("/desk/sign-in").cookie(remembered)).andExpect(xpath("//input[@id='username']/@value").string(""));
	}

	@Test
	void theSetupLinkMakesTheFirstAccountOnlyWithAValidToken() throws Exception {
		given(setup.valid("good")).willReturn(true);
		given(setup.createFirst("good", "alice", "a long enough password")).willReturn(true);
		mvc.perform(get("/desk/setup").param("token", "good"))
			.andExpect(status().isOk())
			.andExpect(xpath("//h1").string("Make the first staff account"))
			.andExpect(xpath("//input[@name='token']/@value").string("good"))
			.andExpect(xpath("//footer").doesNotExist());
		mvc.perform(get("/desk/setup").param("token", "bad"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("//h1").string("This setup link does not work"));
		mvc.perform(post("/desk/setup").with(csrf()).param("token", "good").param("username", "alice")
			.param("password", "a long enough password").param("repeat", "another password!"))
			.andExpect(content().string(containsString("The two passwords are not the same.")));
		mvc.perform(post("/desk/setup").with(csrf()).param("token", "good").param("username", "alice")
			.param("password", "a long enough password").param("repeat", "a long enough password"))
			.andExpect(redirectedUrl("/desk/sign-in?created"));
		mvc.perform(post("/desk/setup").param("token", "good").param("username", "alice")
			.param("password", "a long enough password").param("repeat", "a long enough password"))
			.andExpect(status().isForbidden());
		verify(setup).createFirst("good", "alice", "a long enough password");
	}

}
