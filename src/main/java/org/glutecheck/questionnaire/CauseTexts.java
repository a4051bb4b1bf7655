package org.glutecheck.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.glutecheck.assessment.ConditionResult;
import org.glutecheck.assessment.ConsiderAlsoResult;
import org.glutecheck.rulebook.Source;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The part of a cause's card on the results page that comes from the rulebook alone: what the cause
 * is, what to do, when to see a clinician and the sources ({@code fragments/cause-texts}). It is the
 * same for everyone shown that cause in one language, so each is rendered once and kept, keyed by
 * the texts themselves (a rulebook version that words a cause differently gets its own). The parts
 * that come from a person's answers (rank, match, evidence) are rendered with every page.
 * <p>
 * Rendering these texts with every page was a third of the results page's work. What is kept is
 * the rulebook's wording, never anything a person answered.
 */
@Component
class CauseTexts {

	/**
	 * Far more than every released rulebook version's causes in every language and both forms
	 * (with and without self-care); past it, what was kept is dropped and rendered again on demand.
	 */
	static final int MAX_KEPT = 1_000;

	private static final String TEMPLATE = "fragments/cause-texts";

	/** One rendered text: which fragment, in which language, at an emergency or not, of which texts. */
	private record Key(String fragment, Locale locale, boolean emergency, Record texts) {
	}

	record OneOfTheTen(String explanation, List<String> selfCare, List<String> seeAClinicianIf,
			List<Source> sources) {
	}

	record OutsideTheTen(String whyItMatters, String whatToDo, List<Source> sources) {
	}

	private final ITemplateEngine templates;

	private final Map<Key, String> kept = new ConcurrentHashMap<>();

	CauseTexts(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The rendered texts of each of these causes among the ten, by cause id. */
	Map<String, String> ofTheTen(List<ConditionResult> causes, boolean emergency, Locale locale) {
		Map<String, String> html = new LinkedHashMap<>();
		for (ConditionResult cause : causes) {
			html.put(cause.id(), rendered(new Key("cause", locale, emergency, new OneOfTheTen(cause.explanation(),
					cause.selfCare(), cause.seeAClinicianIf(), cause.sources()))));
		}
		return html;
	}

	/** The rendered texts of each of these causes outside the ten, by cause id. */
	Map<String, String> outsideTheTen(List<ConsiderAlsoResult> causes, boolean emergency, Locale locale) {
		Map<String, String> html = new LinkedHashMap<>();
		for (ConsiderAlsoResult cause : causes) {
			html.put(cause.id(), rendered(new Key("considerAlso", locale, emergency,
					new OutsideTheTen(cause.whyItMatters(), cause.whatToDo(), cause.sources()))));
		}
		return html;
	}

	/** How many rendered texts are kept now. */
	int kept() {
		return kept.size();
	}

	private String rendered(Key key) {
		String html = kept.get(key);
		if (html != null) {
			return html;
		}
		// Rendered outside the map's locks: two pages asking at once both render, and one result is kept.
		html = render(key);
		if (kept.size() >= MAX_KEPT) {
			kept.clear();
		}
		kept.putIfAbsent(key, html);
		return html;
	}

	private String render(Key key) {
		Context context = new Context(key.locale(), Map.of("texts", key.texts(), "emergency", key.emergency()));
		return templates.process(new TemplateSpec(TEMPLATE, Set.of(key.fragment()), TemplateMode.HTML, null), context);
	}

}
