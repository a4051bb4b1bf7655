package org.glutecheck.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Course;
import org.glutecheck.answers.FollowUpAnswers;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.SupersededAssessmentException;
import org.glutecheck.assessment.TooManyFollowUpsException;
import org.glutecheck.assessment.UnknownAssessmentException;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.RulebookLoader;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageReason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The API controllers in a web slice, behind the application's real security configuration. */
@WebMvcTest(controllers = { AssessmentApiController.class, ConditionApiController.class },
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.glutecheck\\.system\\.WebSecurityConfiguration"))
class AssessmentApiControllerTest {

	@TestConfiguration
	static class RulebookForTests {

		@Bean
		Rulebook rulebook() {
			return RulebookLoader.load(new ClassPathResource("rulebook/rulebook.yml"));
		}

	}

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AssessmentService assessments;

	private final Assessment saved = new Assessment("K7QM-2XD9-4TRB", Instant.parse("2026-11-22T10:15:30Z"), "test",
			new Triage(TriageLevel.SOON, "Book an appointment", "Advice",
					List.of(new TriageReason("DURATION_OVER_A_WEEK", TriageLevel.SOON, "Over a week."))),
			List.of(), List.of(), "Educational only.", TestAnswers.at(Location.OUTER_HIP).build());

	@Test
	void createsAnAssessmentWithItsLocation() throws Exception {
		given(assessments.assess(any(Answers.class))).willReturn(saved);
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
			.content("{\"locations\":[\"OUTER_HIP\"],\"severity\":5}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/assessments/K7QM-2XD9-4TRB"))
			.andExpect(jsonPath("$.reference").value("K7QM-2XD9-4TRB"))
			.andExpect(jsonPath("$.createdAt").value("2026-11-22T10:15:30Z"))
			.andExpect(jsonPath("$.triage.level").value("SOON"))
			.andExpect(jsonPath("$.triage.reasons[0].code").value("DURATION_OVER_A_WEEK"))
			.andExpect(jsonPath("$.disclaimer").value("Educational only."));
	}

	@Test
	void findsASavedAssessment() throws Exception {
		given(assessments.find("k7qm2xd94trb")).willReturn(Optional.of(saved));
		mvc.perform(get("/api/v1/assessments/k7qm2xd94trb"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value("K7QM-2XD9-4TRB"));
	}

	@Test
	void anUnknownReferenceIsA404Problem() throws Exception {
		given(assessments.find("AAAA-BBBB-CCCC")).willReturn(Optional.empty());
		mvc.perform(get("/api/v1/assessments/AAAA-BBBB-CCCC"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.title").value("No such assessment"));
	}

	@Test
	void invalidAnswersNeverReachTheService() throws Exception {
		mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
			.content("{\"locations\":[\"OUTER_HIP\"],\"severity\":11}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("severity"))
			.andExpect(jsonPath("$.errors[0].value").value(11));
		verifyNoInteractions(assessments);
	}

	@Test
	void aCheckInIsPassedOnAsSentAndAnswersWithTheAssessment() throws Exception {
		FollowUpAnswers fever = new FollowUpAnswers(Course.SAME, 5, List.of(RedFlag.FEVER), List.of(), null);
		given(assessments.addFollowUp("k7qm2xd94trb", fever)).willReturn(saved);
		mvc.perform(post("/api/v1/assessments/k7qm2xd94trb/follow-ups").contentType(MediaType.APPLICATION_JSON)
			.content("{\"course\":\"SAME\",\"severity\":5,\"redFlags\":[\"FEVER\"]}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/assessments/K7QM-2XD9-4TRB"))
			.andExpect(jsonPath("$.reference").value("K7QM-2XD9-4TRB"))
			.andExpect(jsonPath("$.followUps").isArray());
	}

	@Test
	void aCheckInTheServiceRefusesIsAProblemThatSaysWhy() throws Exception {
		String fine = "{\"course\":\"SAME\",\"severity\":3,\"noWarningSigns\":true}";
		given(assessments.addFollowUp(eq("AAAA-BBBB-CCCC"), any())).willThrow(new UnknownAssessmentException("AAAA-BBBB-CCCC"));
		given(assessments.addFollowUp(eq("K7QM-2XD9-4TRB"), any()))
			.willThrow(new SupersededAssessmentException("K7QM-2XD9-4TRB", "W448-VT8E-EFJ2"));
		given(assessments.addFollowUp(eq("XZ8P-VZX6-JB7P"), any())).willThrow(new TooManyFollowUpsException("XZ8P-VZX6-JB7P", 30));

		mvc.perform(post("/api/v1/assessments/AAAA-BBBB-CCCC/follow-ups").contentType(MediaType.APPLICATION_JSON).content(fine))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("No such assessment"));
		mvc.perform(post("/api/v1/assessments/K7QM-2XD9-4TRB/follow-ups").contentType(MediaType.APPLICATION_JSON).content(fine))
			.andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.newestReference").value("W448-VT8E-EFJ2"));
		mvc.perform(post("/api/v1/assessments/XZ8P-VZX6-JB7P/follow-ups").contentType(MediaType.APPLICATION_JSON).content(fine))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.limit").value(30));
	}

	@Test
	void anInvalidCheckInNeverReachesTheService() throws Exception {
		mvc.perform(post("/api/v1/assessments/K7QM-2XD9-4TRB/follow-ups").contentType(MediaType.APPLICATION_JSON)
			.content("{\"course\":\"SAME\",\"severity\":3}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("warningSignsAnswered"));
		verifyNoInteractions(assessments);
	}

	@Test
	void listsTheConditions() throws Exception {
		mvc.perform(get("/api/v1/conditions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(10))
			.andExpect(jsonPath("$[0].id").value("DOMS"))
			.andExpect(jsonPath("$[0].explanation").isNotEmpty())
			.andExpect(jsonPath("$[0].selfCare").isNotEmpty())
			.andExpect(jsonPath("$[0].sources[0].url").isNotEmpty());
	}

}
