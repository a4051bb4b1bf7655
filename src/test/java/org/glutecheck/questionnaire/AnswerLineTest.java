package org.glutecheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.glutecheck.answers.Location;
import org.glutecheck.answers.TestAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * The answer summary of the results page in the reader's words: each question and answer looked up
 * in the page's language, the scale as its number, a question left unanswered said so, and every
 * word escaped, as a template would.
 */
class AnswerLineTest {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final StaticMessageSource messages = new StaticMessageSource();

	private final List<AnswerSummary> rows = AnswerSummary
		.of(TestAnswers.at(Location.OUTER_HIP, Location.SIT_BONE).severity(4).build());

	AnswerLineTest() {
		messages.addMessage("result.answers.none", Locale.UK, "Not answered");
		messages.addMessage("q.locations.summary", Locale.UK, "Where it hurts");
		messages.addMessage("q.locations.OUTER_HIP", Locale.UK, "Outer hip <bony point> & side");
		messages.addMessage("q.locations.SIT_BONE", Locale.UK, "Sit bone");
		messages.addMessage("q.severity.summary", Locale.UK, "Worst pain");
		messages.addMessage("q.locations.OUTER_HIP", SPANISH, "Cadera externa");
	}

	@Test
	void eachRowIsWordedAndItsAnswerEscaped() {
		List<AnswerLine> lines = AnswerLine.of(rows, new PageWords(messages, Locale.UK));

		assertThat(lines).hasSameSizeAs(rows);
		assertThat(line(lines, "locations").question()).isEqualTo("Where it hurts");
		assertThat(line(lines, "locations").answerHtml()).isEqualTo(
				"<ul class=\"plain-list\"><li>Outer hip &lt;bony point&gt; &amp; side</li><li>Sit bone</li></ul>");
		assertThat(line(lines, "severity").answerHtml()).isEqualTo("<span>4</span>");
		assertThat(line(lines, "relievers").answerHtml()).isEqualTo("<span class=\"muted\">Not answered</span>");
	}

	@Test
	void theReadersLanguageIsUsedAndAMissingWordShowsItsKey() {
		List<AnswerLine> lines = AnswerLine.of(rows, new PageWords(messages, SPANISH));

		assertThat(line(lines, "locations").answerHtml()).contains("<li>Cadera externa</li>", "<li>q.locations.SIT_BONE</li>");
		assertThat(line(lines, "locations").question()).isEqualTo("q.locations.summary");
	}

	/** The line of the summary row that asks this field: the lines keep the rows' order. */
	private AnswerLine line(List<AnswerLine> lines, String field) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).questionKey().equals("q." + field + ".summary")) {
				return lines.get(i);
			}
		}
		throw new AssertionError("No row asks " + field);
	}

}
