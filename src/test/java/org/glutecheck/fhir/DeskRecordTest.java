package org.glutecheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.glutecheck.answers.Location;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.assessment.AssessmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download FHIR record" on the desk: a link on the page of one assessment, a file for signed-in
 * staff in the desk's language, and nothing for anyone else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeskRecordTest {

	private static final RequestPostProcessor STAFF = user("alice").roles("STAFF");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AssessmentService assessments;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void staffDownloadTheRecordFromTheAssessmentsPage() throws Exception {
		String reference = assessments.assess(TestAnswers.at(Location.OUTER_HIP).severity(4).build()).reference();
		String page = mvc.perform(get("/desk/assessments/" + reference).with(STAFF))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("href=\"/desk/assessments/" + reference + "/fhir\"", ">Download FHIR record</a>");

		String file = mvc.perform(get("/desk/assessments/" + reference + "/fhir").with(STAFF)
				.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/fhir+json;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"glute-check-" + reference + ".fhir.json\""))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode bundle = json.readTree(file);
		assertThat(bundle.get("resourceType").asString()).isEqualTo("Bundle");
		assertThat(bundle.at("/entry/1/resource/identifier/0/value").asString()).isEqualTo(reference);

		String spanish = mvc.perform(get("/desk/assessments/" + reference + "/fhir?lang=es").with(STAFF))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json.readTree(spanish).at("/entry/1/resource/language").asString()).isEqualTo("es");
	}

	@Test
	void nobodyElseGetsIt() throws Exception {
		String reference = assessments.assess(TestAnswers.at(Location.OUTER_HIP).build()).reference();
		mvc.perform(get("/desk/assessments/" + reference + "/fhir").header("Accept", "text/html"))
			.andExpect(redirectedUrl("/desk/sign-in"));
		mvc.perform(get("/desk/assessments/" + reference + "/fhir").header("Accept", "application/fhir+json"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/desk/assessments/AAAA-BBBB-CCCC/fhir").with(STAFF)).andExpect(status().isNotFound());
	}

}
