package org.glutecheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.glutecheck.questionnaire.Step;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The FHIR Questionnaire asks what the pages ask, read off the pages themselves as a person gets
 * them: for every page, in order, the same questions (by the names of the inputs), in the same
 * words, with the same answers in the same order, and nothing else. Both are made from {@link Step}:
 * a question added there is on its page and in the Questionnaire at once, so this test stays green;
 * a question a page showed without Step would be missing from the Questionnaire, and it fails.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionnaireMatchesThePagesTest {

	private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

	private static final Pattern LEGEND = Pattern.compile("<legend class=\"legend\"><span>([^<]*)</span>");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Questionnaires questionnaires;

	@Test
	void everyPageAsksWhatTheQuestionnaireAsks() throws Exception {
		for (Locale language : List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("es"))) {
			Questionnaire questionnaire = questionnaires.questionnaire(language);
			Cookie[] sitting = mvc.perform(post("/check/start").with(csrf()).header("Accept-Language", language.toLanguageTag()))
				.andReturn()
				.getResponse()
				.getCookies();
			List<String> pages = new ArrayList<>();
			for (Step step : Step.values()) {
				pages.add(step.path());
				String html = mvc.perform(get("/check/" + step.path()).cookie(sitting).header("Accept-Language", language.toLanguageTag()))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
				QuestionnaireItemComponent group = questionnaire.getItem().get(pages.size() - 1);
				assertThat(group.getLinkId()).isEqualTo(step.path());
				assertThat(group.getType()).isEqualTo(QuestionnaireItemType.GROUP);
				assertThat(html).contains("<h1>" + HtmlUtils.htmlEscape(group.getText(), "UTF-8") + "</h1>");
				Map<String, List<String>> asked = choices(html);
				List<QuestionnaireItemComponent> items = group.getItem();
				assertThat(items).extracting(QuestionnaireItemComponent::getLinkId)
					.as("%s in %s", step.path(), language)
					.containsExactlyElementsOf(asked.keySet());
				assertThat(items.stream().filter(item -> item.getType() != QuestionnaireItemType.BOOLEAN).map(item -> item.getText()))
					.containsExactlyElementsOf(legends(html));
				for (QuestionnaireItemComponent item : items) {
					assertOffers(item, asked.get(item.getLinkId()));
				}
			}
			assertThat(questionnaire.getItem()).extracting(QuestionnaireItemComponent::getLinkId).containsExactlyElementsOf(pages);
		}
	}

	/** The page's choices, in order: each ticked box or radio button's name and its values ("Not sure" left out). */
	private static Map<String, List<String>> choices(String html) {
		Map<String, Set<String>> choices = new LinkedHashMap<>();
		Matcher input = INPUT.matcher(html);
		while (input.find()) {
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher attribute = ATTRIBUTE.matcher(input.group(1));
			while (attribute.find()) {
				attributes.put(attribute.group(1), attribute.group(2));
			}
			String type = attributes.get("type");
			if ("checkbox".equals(type) || "radio".equals(type)) {
				Set<String> values = choices.computeIfAbsent(attributes.get("name"), name -> new LinkedHashSet<>());
				if (!attributes.getOrDefault("value", "").isEmpty()) {
					values.add(attributes.get("value"));
				}
			}
		}
		Map<String, List<String>> ordered = new LinkedHashMap<>();
		choices.forEach((name, values) -> ordered.put(name, List.copyOf(values)));
		return ordered;
	}

	private static List<String> legends(String html) {
		List<String> legends = new ArrayList<>();
		Matcher legend = LEGEND.matcher(html);
		while (legend.find()) {
			legends.add(HtmlUtils.htmlUnescape(legend.group(1)));
		}
		return legends;
	}

	/**
	 * The item offers the page's answers in the page's order; after them only codes the contract
	 * still accepts that the page replaced with finer ones.
	 */
	private static void assertOffers(QuestionnaireItemComponent item, List<String> onThePage) {
		switch (item.getType()) {
			case INTEGER -> assertThat(List.of(String.valueOf(((IntegerType) item.getExtensionByUrl(
					"http://hl7.org/fhir/StructureDefinition/minValue").getValue()).getValue()),
					String.valueOf(((IntegerType) item.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/maxValue")
						.getValue()).getValue())))
				.containsExactly(onThePage.get(0), onThePage.get(onThePage.size() - 1));
			case BOOLEAN -> assertThat(onThePage).containsExactly("true");
			default -> {
				List<String> offered = item.getAnswerOption().stream().map(option -> ((Coding) option.getValue()).getCode()).toList();
				assertThat(offered.subList(0, onThePage.size())).as(item.getLinkId()).containsExactlyElementsOf(onThePage);
				assertThat(offered.subList(onThePage.size(), offered.size())).as(item.getLinkId())
					.isSubsetOf("AGE_40_59", "GROIN_OR_PELVIC_FLOOR");
			}
		}
	}

}
