package org.glutecheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.glutecheck.assessment.ConditionResult;
import org.glutecheck.assessment.ConsiderAlsoResult;
import org.glutecheck.rulebook.Match;
import org.glutecheck.rulebook.Source;
import org.glutecheck.rulebook.TriageLevel;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A cause's rulebook texts, rendered once per wording and language: what the card shows below its
 * evidence, the same with or without the cache, nothing of self-care at an emergency, escaped like
 * every text of a page, and kept within bounds.
 */
class CauseTextsTest {

	private static final Source REVIEW = new Source("A review", "https://example.org/review?a=1&b=2");

	private final CauseTexts texts = new CauseTexts(engine());

	@Test
	void aCauseOfTheTenSaysWhatItIsWhatToDoWhenToSeeAClinicianAndItsSources() {
		String html = texts.ofTheTen(List.of(sciatica("Irritated nerve root.")), false, Locale.UK).get("SCIATICA");

		assertThat(html).contains("<h4>What it is</h4>", "<p>Irritated nerve root.</p>", "<h4>What you can do now</h4>",
				"<li>Keep moving gently.</li>", "<h4>When to see a clinician</h4>", "<li>Numbness spreads.</li>",
				"<h4>Sources</h4>", "<ul class=\"list sources\" lang=\"en\">",
				"<a href=\"https://example.org/review?a=1&amp;b=2\" rel=\"noopener noreferrer\">A review</a>");
	}

	@Test
	void atAnEmergencyNothingSuggestsLookingAfterItOneself() {
		String html = texts.ofTheTen(List.of(sciatica("Irritated nerve root.")), true, Locale.UK).get("SCIATICA");

		assertThat(html).contains("Irritated nerve root.", "A review")
			.doesNotContain("What you can do now", "Keep moving gently.", "When to see a clinician", "Numbness spreads.");
		assertThat(texts.ofTheTen(List.of(sciatica("Irritated nerve root.")), false, Locale.UK).get("SCIATICA"))
			.contains("Keep moving gently.");
	}

	@Test
	void aCauseOutsideTheTenSaysWhyItMattersAndWhatToDoExceptAtAnEmergency() {
		ConsiderAlsoResult hip = new ConsiderAlsoResult("HIP_JOINT", "Hip joint", 60, Match.MODERATE, TriageLevel.SOON,
				List.of("Groin pain."), "It can wear the joint.", "See a clinician this week.", List.of(REVIEW));

		assertThat(texts.outsideTheTen(List.of(hip), false, Locale.UK).get("HIP_JOINT")).contains(
				"<h4>Why it matters</h4>", "<p>It can wear the joint.</p>", "<h4>What to do</h4>",
				"<p>See a clinician this week.</p>", "A review");
		assertThat(texts.outsideTheTen(List.of(hip), true, Locale.UK).get("HIP_JOINT"))
			.contains("It can wear the joint.")
			.doesNotContain("What to do", "See a clinician this week.");
	}

	@Test
	void theRulebooksWordsAreEscapedLikeEveryOtherText() {
		String html = texts.ofTheTen(List.of(sciatica("Pain <script>alert(1)</script> & ache")), false, Locale.UK)
			.get("SCIATICA");

		assertThat(html).contains("<p>Pain &lt;script&gt;alert(1)&lt;/script&gt; &amp; ache</p>").doesNotContain("<script>");
	}

	@Test
	void eachWordingIsRenderedOnceInEachLanguage() {
		String first = texts.ofTheTen(List.of(sciatica("Irritated nerve root.")), false, Locale.UK).get("SCIATICA");
		String again = texts.ofTheTen(List.of(sciatica("Irritated nerve root.")), false, Locale.UK).get("SCIATICA");
		String reworded = texts.ofTheTen(List.of(sciatica("A nerve root, irritated.")), false, Locale.UK).get("SCIATICA");
		String spanish = texts.ofTheTen(List.of(sciatica("Irritated nerve root.")), false, Locale.forLanguageTag("es")).get("SCIATICA");

		assertThat(again).isSameAs(first);
		assertThat(reworded).contains("A nerve root, irritated.").doesNotContain("Irritated nerve root.");
		assertThat(spanish).contains("<h4>Qué es</h4>", "Fuentes (en inglés)");
		assertThat(texts.kept()).isEqualTo(3);
	}

	@Test
	void whatIsKeptStaysWithinItsBound() {
		for (int wording = 0; wording <= CauseTexts.MAX_KEPT + 10; wording++) {
			Map<String, String> html = texts.ofTheTen(List.of(sciatica("Wording " + wording + ".")), false, Locale.UK);
			assertThat(html.get("SCIATICA")).contains("<p>Wording " + wording + ".</p>");
		}

		assertThat(texts.kept()).isBetween(1, CauseTexts.MAX_KEPT);
	}

	private static ConditionResult sciatica(String explanation) {
		return new ConditionResult("SCIATICA", "Sciatica", 80, Match.STRONG, List.of("Pain below the knee."), List.of(),
				explanation, List.of("Keep moving gently."), List.of("Numbness spreads."), List.of(REVIEW));
	}

	/** Thymeleaf as the app configures it for these fragments: the templates and the page words. */
	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
		ResourceBundleMessageSource words = new ResourceBundleMessageSource();
		words.setBasename("messages");
		words.setDefaultEncoding(StandardCharsets.UTF_8.name());
		words.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		engine.setTemplateEngineMessageSource(words);
		return engine;
	}

}
