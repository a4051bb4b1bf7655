package org.glutecheck.questionnaire;

import java.util.List;
import java.util.Locale;

import org.glutecheck.rulebook.Match;
import org.springframework.context.MessageSource;
import org.unbescape.html.HtmlEscape;

/**
 * The words of one results page in its reader's language, for the small pieces of it built in Java
 * rather than by the template (the answer summary's answers, each card's rank, match and evidence).
 * Each piece is many elements of few words, and Thymeleaf's cost per element and per expression was
 * most of the page's time; here each is a few string appends. Every word is still a message key,
 * and every text is escaped here.
 */
final class PageWords {

	private final MessageSource messages;

	private final Locale locale;

	PageWords(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * The message with this key; a word missing from a translation shows its key rather than failing
	 * the page. Numbers are given as text: the page's numbers are small counts and scores, written
	 * alike in every language it speaks, and a number argument would make the message build a
	 * number format with every call.
	 */
	String words(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	/** "Possible cause 2 of 5". */
	String rank(int rank, int count) {
		return words("result.cause.rank", String.valueOf(rank), String.valueOf(count));
	}

	/** A cause's match as its bars, its words and its score. */
	String matchHtml(Match match, int score) {
		return "<p class=\"match match-" + match.name() + "\">\n"
				+ "<span class=\"match-bars\" aria-hidden=\"true\"><span></span><span></span><span></span></span>\n"
				+ "<strong>" + escaped(words("result.match." + match.name())) + "</strong>\n"
				+ "<span class=\"match-score\">" + escaped(words("result.match.score", String.valueOf(score)))
				+ "</span>\n</p>";
	}

	/**
	 * What fits and what does not fit a cause, each as a headed list, the one with nothing in it
	 * left out: {@code <div class="evidence"><div><h5>What fits</h5><ul class="list list-for">
	 * <li>..</li></ul></div><div><h5>What does not fit</h5><ul class="list list-against">..</ul>
	 * </div></div>}.
	 */
	String evidenceHtml(List<String> evidenceFor, List<String> evidenceAgainst) {
		return "<div class=\"evidence\">" + headedList("result.cause.for", "list list-for", evidenceFor)
				+ headedList("result.cause.against", "list list-against", evidenceAgainst) + "</div>";
	}

	private String headedList(String headingKey, String listClass, List<String> texts) {
		return texts.isEmpty() ? ""
				: "<div><h5>" + escaped(words(headingKey)) + "</h5><ul class=\"" + listClass + "\">" + items(texts)
						+ "</ul></div>";
	}

	/** Each text as an item of a list, for the inside of a {@code <ul>}. */
	static String items(List<String> texts) {
		StringBuilder html = new StringBuilder(64 * texts.size());
		for (String text : texts) {
			html.append("<li>").append(escaped(text)).append("</li>");
		}
		return html.toString();
	}

	/** Escaped as the templates escape text: the same text unless it has a character to escape. */
	static String escaped(String text) {
		return HtmlEscape.escapeHtml4Xml(text);
	}

}
