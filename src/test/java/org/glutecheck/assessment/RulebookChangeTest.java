package org.glutecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glutecheck.rulebook.RulebookLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The rulebook changes after an assessment was made: the shipped rulebook becomes a release, and a
 * live version {@value #CHANGED} says three things differently (a level's headline, a sentence for
 * a cause and one for a cause outside the ten). The assessment made with release 2026.12.1 still
 * reads byte for byte as it was first shown; the same answers assessed again read with the new words.
 */
@SpringBootTest
@TestPropertySource(properties = { "glutecheck.retention.cron=-",
		"glutecheck.rulebook-releases=classpath*:rulebook/releases/*.yml,classpath:rulebook/rulebook.yml" })
class RulebookChangeTest {

	/** The version of the changed live rulebook: one no release has. */
	static final String CHANGED = "2099.01.1";

	static final String HEADLINE = "Book an appointment with a physiotherapist or doctor";

	static final String CAUSE_SENTENCE = "Training makes it worse.";

	static final String OTHER_CAUSE_SENTENCE = "It is stiff after rest, as a joint with osteoarthritis tends to be.";

	/** Shown for a cause outside the ten (HIP_JOINT) with a SOON triage, by rulebook 2026.12.1. */
	static final LegacyRows.Row MADE_BEFORE = LegacyRows.DECEMBER.stream()
		.filter(row -> row.vignette().equals("PV12"))
		.findFirst()
		.orElseThrow();

	@Autowired
	AssessmentService assessments;

	@Autowired
	AssessmentRepository repository;

	@Autowired
	JsonMapper json;

	@DynamicPropertySource
	static void changedRulebook(DynamicPropertyRegistry registry) throws IOException {
		String url = "jdbc:h2:mem:rulebook-change;DB_CLOSE_DELAY=-1";
		LegacyRows.saveBeforeV7(url, "sa", "");
		Path changed = Files.createTempFile("rulebook-" + CHANGED + "-", ".yml");
		changed.toFile().deleteOnExit();
		Files.writeString(changed, changedRulebook());
		registry.add("spring.datasource.url", () -> url);
		registry.add("glutecheck.rulebook", () -> changed.toUri().toString());
	}

	@Test
	void anAssessmentMadeBeforeReadsAsItWasFirstShown() {
		assertThat(repository.findByReference(MADE_BEFORE.reference()).orElseThrow().getDocument())
			.as("kept as answers and outcome, so it is rendered with release 2026.12.1")
			.isNull();

		assertThat(json.writeValueAsString(assessments.find(MADE_BEFORE.reference()).orElseThrow()))
			.isEqualTo(MADE_BEFORE.documentNow())
			.contains(HEADLINE, CAUSE_SENTENCE, OTHER_CAUSE_SENTENCE);
	}

	@Test
	void theSameAnswersAssessedNowReadWithTheNewWords() {
		Assessment then = json.readValue(MADE_BEFORE.document(), Assessment.class);

		Assessment now = assessments.assess(then.answers());

		assertThat(now.rulebookVersion()).isEqualTo(CHANGED);
		assertThat(now.triage().headline()).isEqualTo(changed(HEADLINE));
		assertThat(now.conditions().get(0).evidenceFor()).contains(changed(CAUSE_SENTENCE))
			.doesNotContain(CAUSE_SENTENCE);
		assertThat(now.considerAlso().get(0).evidenceFor()).contains(changed(OTHER_CAUSE_SENTENCE));
		assertThat(assessments.find(now.reference())).contains(now);
		assertThat(assessments.find(MADE_BEFORE.reference())).contains(then);
	}

	private static String changedRulebook() {
		try (InputStream in = new ClassPathResource("rulebook/rulebook.yml").getInputStream()) {
			String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String version = RulebookLoader.load(new ClassPathResource("rulebook/rulebook.yml")).version();
			String changed = shipped.replace("version: \"" + version + "\"", "version: \"" + CHANGED + "\"")
				.replace(HEADLINE, changed(HEADLINE))
				.replace("says: " + CAUSE_SENTENCE, "says: " + changed(CAUSE_SENTENCE))
				.replace("says: " + OTHER_CAUSE_SENTENCE, "says: " + changed(OTHER_CAUSE_SENTENCE));
			assertThat(changed).contains(CHANGED, changed(HEADLINE), changed(CAUSE_SENTENCE),
					changed(OTHER_CAUSE_SENTENCE));
			return changed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String changed(String text) {
		return "(" + CHANGED + ") " + text;
	}

}
