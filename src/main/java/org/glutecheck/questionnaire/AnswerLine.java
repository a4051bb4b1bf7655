package org.glutecheck.questionnaire;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * A row of the answer summary on the results page, in the reader's words and ready to show: the
 * question, and the answer as the few elements it takes (a muted "Not answered", the scale's
 * number, or a list of the chosen answers), each word escaped here.
 * <p>
 * Why the answer is built here rather than in the template: the summary has a row per question, and
 * choosing among three shapes and looking up each word there was a quarter of the results page's
 * template work; here it is a few string appends. The words are still message keys.
 *
 * @param question the question as the summary words it
 * @param answerHtml the answer as HTML, every word in it escaped
 * @param step the page that asks it
 */
record AnswerLine(String question, String answerHtml, Step step) {

	static List<AnswerLine> of(List<AnswerSummary> rows, MessageSource messages, Locale locale) {
		String unanswered = "<span class=\"muted\">" + escaped(words("result.answers.none", messages, locale)) + "</span>";
		return rows.stream()
			.map(row -> new AnswerLine(words(row.questionKey(), messages, locale),
					row.unanswered() ? unanswered : answerHtml(row, messages, locale), row.step()))
			.toList();
	}

	private static String answerHtml(AnswerSummary row, MessageSource messages, Locale locale) {
		StringBuilder html = new StringBuilder(128);
		if (row.number() != null) {
			html.append("<span>").append(escaped(row.number())).append("</span>");
		}
		if (!row.answerKeys().isEmpty()) {
			html.append("<ul class=\"plain-list\">");
			for (String key : row.answerKeys()) {
				html.append("<li>").append(escaped(words(key, messages, locale))).append("</li>");
			}
			html.append("</ul>");
		}
		return html.toString();
	}

	/** A word missing from a translation shows its key rather than failing the page. */
	private static String words(String key, MessageSource messages, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String escaped(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
