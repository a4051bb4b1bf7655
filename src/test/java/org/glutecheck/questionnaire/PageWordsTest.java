package org.glutecheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.glutecheck.answers.Location;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.RulebookLoader;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every word the questionnaire shows is a message key, so a language is one more file: every
 * question, answer code and error the pages can show has its text, and the disclaimer on every page
 * is the rulebook's own.
 */
class PageWordsTest {

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = new ClassPathResource("messages.properties").getInputStream()) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

	@Test
	void everyQuestionAnswerAndErrorHasItsWords() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		for (Step step : Step.values()) {
			check(messages, missing, "step." + step.path() + ".title", "step." + step.path() + ".intro");
			for (Question question : step.questions()) {
				String field = question.field();
				check(messages, missing, "q." + field + ".legend", "q." + field + ".summary");
				if (question.kind() != Question.Kind.SCALE) {
					question.codes().forEach(code -> check(messages, missing, "q." + field + "." + code));
				}
				question.groups()
					.stream()
					.filter(group -> group.key() != null)
					.forEach(group -> check(messages, missing, "q." + field + ".group." + group.key()));
				if (question.kind() == Question.Kind.CHECKBOXES_OR_NONE) {
					check(messages, missing, "q." + field + ".none", "q." + field + ".none.summary");
				}
				if (question.kind() == Question.Kind.RADIOS_OR_UNSURE) {
					check(messages, missing, "q." + field + ".unsure");
				}
				if (question.required()) {
					check(messages, missing, "error." + field + ".required");
				}
			}
		}
		assertThat(missing).as("message keys missing from messages.properties").isEmpty();
	}

	@Test
	void everyCheckInPageAndQuestionHasItsWords() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		for (CheckInStep step : CheckInStep.values()) {
			check(messages, missing, "checkIn." + step.path() + ".title", "checkIn." + step.path() + ".intro");
			for (Question question : step.questions()) {
				check(messages, missing, question.wording() + ".legend");
				question.codes().stream()
					.filter(code -> question.kind() != Question.Kind.SCALE)
					.forEach(code -> check(messages, missing, "q." + question.field() + "." + code));
				if (question.required()) {
					check(messages, missing, "error." + question.field() + ".required");
				}
			}
		}
		assertThat(missing).as("message keys missing from messages.properties").isEmpty();
	}

	@Test
	void everyWarningSignSitsUnderAHeadingOfItsOwnKind() {
		Question warningSigns = Step.WARNING_SIGNS.questions().get(0);
		assertThat(warningSigns.groups()).extracting(Question.Group::key).doesNotContain("other");
	}

	@Test
	void theBodyMapOffersEveryPlaceButTheWideVersionOneCode() {
		Question where = Step.WHERE.questions().get(0);
		assertThat(where.codes()).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(Location.values())
			.map(Enum::name)
			.filter(code -> !code.equals("GROIN_OR_PELVIC_FLOOR"))
			.toList());
	}

	@Test
	void theDisclaimerOnEveryPageIsTheRulebooks() throws IOException {
		Rulebook rulebook = RulebookLoader.load(new ClassPathResource("rulebook/rulebook.yml"));
		assertThat(messages().getProperty("layout.disclaimer"))
			.as("layout.disclaimer in messages.properties must say what the rulebook's disclaimer says")
			.isEqualToNormalizingWhitespace(rulebook.disclaimer());
	}

	private static void check(Properties messages, List<String> missing, String... keys) {
		for (String key : keys) {
			if (messages.getProperty(key) == null) {
				missing.add(key);
			}
		}
	}

}
