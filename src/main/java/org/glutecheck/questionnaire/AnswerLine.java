package org.glutecheck.questionnaire;

import java.util.List;

/**
 * A row of the answer summary on the results page, in the reader's words and ready to show: the
 * question, and the answer as the few elements it takes (a muted "Not answered", the scale's
 * number, or a list of the chosen answers), each word escaped here.
 * <p>
 * Why the answer is built here rather than in the template: the summary has a row per question, and
 * choosing among three shapes and looking up each word there was a quarter of the results page's
 * template work; here it is a few string appends ({@link PageWords}). The words are still message keys.
 *
 * @param question the question as the summary words it
 * @param answerHtml the answer as HTML, every word in it escaped
 * @param step the page that asks it
 */
record AnswerLine(String question, String answerHtml, Step step) {

	static List<AnswerLine> of(List<AnswerSummary> rows, PageWords words) {
		String unanswered = "<span class=\"muted\">" + PageWords.escaped(words.words("result.answers.none")) + "</span>";
		return rows.stream()
			.map(row -> new AnswerLine(words.words(row.questionKey()),
					row.unanswered() ? unanswered : answerHtml(row, words), row.step()))
			.toList();
	}

	private static String answerHtml(AnswerSummary row, PageWords words) {
		StringBuilder html = new StringBuilder(128);
		if (row.number() != null) {
			html.append("<span>").append(PageWords.escaped(row.number())).append("</span>");
		}
		if (!row.answerKeys().isEmpty()) {
			html.append("<ul class=\"plain-list\">");
			for (String key : row.answerKeys()) {
				html.append("<li>").append(PageWords.escaped(words.words(key))).append("</li>");
			}
			html.append("</ul>");
		}
		return html.toString();
	}

}
