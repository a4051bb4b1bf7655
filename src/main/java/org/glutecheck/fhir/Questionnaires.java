package org.glutecheck.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.PropertyDescriptor;
import org.glutecheck.answers.AnswerField;
import org.glutecheck.answers.Answers;
import org.glutecheck.questionnaire.Question;
import org.glutecheck.questionnaire.Step;
import org.glutecheck.system.Languages;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The questionnaire as a FHIR Questionnaire, made from the same pages and questions as the site
 * ({@link Step}, {@link Question}) and the same words, so that a question on a page is a question
 * here and nothing else is: one group per page, in order, and in it one item per question, its
 * link id the answer field's name. What the questionnaire asks is the assessment contract's, so its
 * version is the contract's.
 */
@Component
class Questionnaires {

	private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";

	private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

	private final Canonical canonical;

	private final Definitions definitions;

	private final MessageSource messages;

	private final Validator validator;

	Questionnaires(Canonical canonical, Definitions definitions, MessageSource messages, Validator validator) {
		this.canonical = canonical;
		this.definitions = definitions;
		this.messages = messages;
		this.validator = validator;
	}

	/** Its canonical URL and version, as a QuestionnaireResponse names it. */
	String versionedUrl() {
		return canonical.questionnaire() + "|" + Answers.CONTRACT_VERSION;
	}

	/** The questionnaire with its words in this language (English when it is not offered). */
	Questionnaire questionnaire(Locale language) {
		Questionnaire questionnaire = new Questionnaire();
		questionnaire.setId(Canonical.QUESTIONNAIRE_ID);
		questionnaire.setUrl(canonical.questionnaire());
		questionnaire.setVersion(Answers.CONTRACT_VERSION);
		questionnaire.setName("GluteCheck");
		questionnaire.setTitle(text("fhir.questionnaire.title", language));
		questionnaire.setStatus(PublicationStatus.ACTIVE);
		questionnaire.setExperimental(false);
		questionnaire.addSubjectType("Patient");
		questionnaire.setPublisher(text("fhir.publisher", language));
		questionnaire.setDescription(text("fhir.questionnaire.description", language));
		questionnaire.setLanguage(language.toLanguageTag());
		List<String> outline = new ArrayList<>();
		for (Step step : Step.values()) {
			QuestionnaireItemComponent page = questionnaire.addItem()
				.setLinkId(step.path())
				.setText(text(step.titleKey(), language))
				.setType(QuestionnaireItemType.GROUP);
			for (Question question : step.questions()) {
				page.addItem(item(question, language));
				outline.add(text(question.textKey(), language));
				question.noneField().ifPresent(none -> page.addItem(new QuestionnaireItemComponent()
					.setLinkId(none)
					.setText(text(question.noneKey(), language))
					.setType(QuestionnaireItemType.BOOLEAN)));
			}
		}
		questionnaire.setText(Narratives.of(questionnaire.getLanguage(), questionnaire.getTitle(), outline));
		return questionnaire;
	}

	private QuestionnaireItemComponent item(Question question, Locale language) {
		QuestionnaireItemComponent item = new QuestionnaireItemComponent().setLinkId(question.field())
			.setText(text(question.textKey(), language))
			.setRequired(requiredByContract(question.field()))
			.setRepeats(question.repeats());
		if (question.kind() == Question.Kind.SCALE) {
			List<Integer> scale = question.codes().stream().map(Integer::valueOf).toList();
			item.setType(QuestionnaireItemType.INTEGER);
			item.addExtension(MIN_VALUE, new IntegerType(scale.get(0)));
			item.addExtension(MAX_VALUE, new IntegerType(scale.get(scale.size() - 1)));
		}
		else {
			item.setType(QuestionnaireItemType.CHOICE);
			answerCodes(question).forEach(code -> item.addAnswerOption().setValue(answer(question, code, language)));
		}
		String hint = messages.getMessage(question.hintKey(), null, null, language);
		if (hint != null) {
			item.addItem().setLinkId(question.field() + ".hint").setText(hint).setType(QuestionnaireItemType.DISPLAY);
		}
		return item;
	}

	/**
	 * The answers a question takes: those its page offers, in the page's order, then any code the
	 * contract still accepts that the page replaced with finer ones (a saved answer may hold it).
	 */
	static List<String> answerCodes(Question question) {
		List<String> codes = new ArrayList<>(question.offered());
		AnswerField.byContractName(question.field())
			.orElseThrow()
			.codes()
			.stream()
			.filter(code -> !codes.contains(code))
			.forEach(codes::add);
		return codes;
	}

	/** An answer as a coding, its display the question's words for it in this language. */
	Coding answer(Question question, String code, Locale language) {
		return new Coding(definitions.url(Definitions.answerSystemId(question.field())), code,
				text(question.answerKey(code), language));
	}

	/**
	 * Required as the contract requires it, which is what every saved assessment has: the pages ask
	 * for a few more answers before they move on, but the JSON API does not, and an answer it lacks
	 * is never made up.
	 */
	private boolean requiredByContract(String field) {
		PropertyDescriptor property = validator.getConstraintsForClass(Answers.class).getConstraintsForProperty(field);
		return property != null && property.getConstraintDescriptors()
			.stream()
			.anyMatch(constraint -> constraint.getAnnotation() instanceof NotEmpty || constraint.getAnnotation() instanceof NotNull);
	}

	private String text(String key, Locale language) {
		return messages.getMessage(key, null, language);
	}

	/** The language the words of a resource are in: an offered one, else English. */
	static Locale language(Languages languages, Locale asked) {
		return languages.offered(asked).orElse(Languages.ENGLISH);
	}

}
