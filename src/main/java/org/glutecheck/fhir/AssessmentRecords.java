package org.glutecheck.fhir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;

import org.glutecheck.answers.Answers;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.ConditionResult;
import org.glutecheck.assessment.ConsiderAlsoResult;
import org.glutecheck.questionnaire.Question;
import org.glutecheck.questionnaire.Step;
import org.glutecheck.rulebook.Match;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageReason;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentPredictionComponent;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentStatus;
import org.hl7.fhir.r4.model.Type;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * A saved assessment as a FHIR record: a Bundle (type collection) of a QuestionnaireResponse with
 * the answers, item for item as the Questionnaire asks them, and a RiskAssessment with one
 * prediction per cause listed (the ten first, best first, then those outside the ten), the triage
 * level and its reasons. Nobody is named: the checker never asks who answered. The same assessment
 * always gives the same record (its ids are made from its reference).
 */
@Component
class AssessmentRecords {

	static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

	static final String RISK_PROBABILITY = "http://terminology.hl7.org/CodeSystem/risk-probability";

	private final Canonical canonical;

	private final Definitions definitions;

	private final Questionnaires questionnaires;

	private final MessageSource messages;

	AssessmentRecords(Canonical canonical, Definitions definitions, Questionnaires questionnaires, MessageSource messages) {
		this.canonical = canonical;
		this.definitions = definitions;
		this.questionnaires = questionnaires;
		this.messages = messages;
	}

	/** The record, its words in the language the assessment was read in. */
	Bundle record(Assessment assessment, Locale language) {
		String answersUrl = "urn:uuid:" + uuid("QuestionnaireResponse", assessment.reference());
		String riskUrl = "urn:uuid:" + uuid("RiskAssessment", assessment.reference());
		Bundle bundle = new Bundle();
		bundle.setLanguage(language.toLanguageTag());
		bundle.setType(BundleType.COLLECTION);
		bundle.addEntry().setFullUrl(answersUrl).setResource(answers(assessment, language));
		bundle.addEntry().setFullUrl(riskUrl).setResource(risk(assessment, answersUrl, language));
		return bundle;
	}

	/**
	 * The answers. Completed, except an emergency found on the warning-signs page, which stopped
	 * before the questions that rank causes and so has no place that hurts: in progress.
	 */
	QuestionnaireResponse answers(Assessment assessment, Locale language) {
		Answers answers = assessment.answers();
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setLanguage(language.toLanguageTag());
		response.setIdentifier(reference(assessment));
		response.setQuestionnaire(questionnaires.versionedUrl());
		response.setStatus(answers.locations().isEmpty() ? QuestionnaireResponseStatus.INPROGRESS
				: QuestionnaireResponseStatus.COMPLETED);
		response.setAuthoredElement(dateTime(assessment.createdAt()));
		List<String> lines = new ArrayList<>();
		for (Step step : Step.values()) {
			QuestionnaireResponseItemComponent page = new QuestionnaireResponseItemComponent().setLinkId(step.path())
				.setText(text(step.titleKey(), language));
			for (Question question : step.questions()) {
				List<String> given = question.answered(answers);
				if (!given.isEmpty()) {
					QuestionnaireResponseItemComponent item = page.addItem()
						.setLinkId(question.field())
						.setText(text(question.textKey(), language));
					List<String> words = new ArrayList<>();
					for (String value : given) {
						Type answer = question.kind() == Question.Kind.SCALE ? new IntegerType(Integer.parseInt(value))
								: questionnaires.answer(question, value, language);
						item.addAnswer().setValue(answer);
						words.add(answer instanceof Coding coding ? coding.getDisplay() : value);
					}
					lines.add(item.getText() + ": " + String.join("; ", words));
				}
				if (question.noneField().isPresent() && answers.noWarningSigns() != null) {
					QuestionnaireResponseItemComponent none = page.addItem()
						.setLinkId(question.noneField().get())
						.setText(text(question.noneKey(), language));
					none.addAnswer().setValue(new BooleanType(answers.noWarningSigns()));
					lines.add(none.getText() + ": " + text(answers.noWarningSigns() ? "fhir.yes" : "fhir.no", language));
				}
			}
			if (page.hasItem()) {
				response.addItem(page);
			}
		}
		response.setText(Narratives.of(response.getLanguage(), text("fhir.record.answers", language, assessment.reference()), lines));
		return response;
	}

	/** What was decided: the causes as predictions, the triage as its level, reasons and advice. */
	RiskAssessment risk(Assessment assessment, String answersUrl, Locale language) {
		Triage triage = assessment.triage();
		RiskAssessment risk = new RiskAssessment();
		risk.setLanguage(language.toLanguageTag());
		risk.addExtension(canonical.extension(Definitions.TRIAGE_LEVEL_EXTENSION),
				concept(Definitions.TRIAGE_LEVELS, triage.level().name(), text("triage.level." + triage.level().name(), language)));
		for (TriageReason reason : triage.reasons()) {
			risk.addExtension(canonical.extension(Definitions.TRIAGE_REASON_EXTENSION),
					concept(Definitions.TRIAGE_REASONS, reason.code(), reason.text()));
		}
		risk.addIdentifier(reference(assessment));
		risk.setStatus(RiskAssessmentStatus.FINAL);
		risk.setMethod(new CodeableConcept().setText(text("fhir.record.method", language, assessment.rulebookVersion())));
		risk.setCode(new CodeableConcept().setText(text("fhir.record.code", language)));
		// Anonymous: the checker never asks who answered, so there is nobody to name.
		Reference nobody = new Reference().setDisplay(text("fhir.record.anonymous", language));
		nobody.addExtension(DATA_ABSENT_REASON, new CodeType("not-asked"));
		risk.setSubject(nobody);
		risk.setOccurrence(dateTime(assessment.createdAt()));
		risk.addBasis(new Reference(answersUrl));
		List<String> lines = new ArrayList<>();
		lines.add(text("triage.level." + triage.level().name(), language) + ": " + triage.headline());
		triage.reasons().forEach(reason -> lines.add(reason.text()));
		for (ConditionResult condition : assessment.conditions()) {
			risk.addPrediction(prediction(Definitions.CONDITIONS, condition.id(), condition.name(), condition.score(),
					condition.match(), rationale(condition, language), language));
			lines.add(condition.name() + ": " + text("fhir.record.score", language, condition.score()));
		}
		for (ConsiderAlsoResult cause : considerAlso(assessment)) {
			risk.addPrediction(prediction(Definitions.CONSIDER_ALSO, cause.id(), cause.name(), cause.score(), cause.match(),
					rationale(cause, language), language));
			lines.add(cause.name() + ": " + text("fhir.record.score", language, cause.score()));
		}
		risk.setMitigation(sentence(triage.headline()) + " " + triage.advice());
		risk.addNote(new Annotation().setText(assessment.disclaimer()));
		risk.setText(Narratives.of(risk.getLanguage(), text("fhir.record.risk", language, assessment.reference()), lines));
		return risk;
	}

	/** A headline as a sentence, to go before more sentences. */
	private static String sentence(String headline) {
		return headline.matches(".*[.!?]$") ? headline : headline + ".";
	}

	private RiskAssessmentPredictionComponent prediction(String systemId, String id, String name, int score, Match match,
			String rationale, Locale language) {
		RiskAssessmentPredictionComponent prediction = new RiskAssessmentPredictionComponent();
		prediction.setOutcome(concept(systemId, id, name));
		prediction.setProbability(new DecimalType(BigDecimal.valueOf(score, 2)));
		prediction.setQualitativeRisk(new CodeableConcept(likelihood(match)).setText(text("result.match." + match.name(), language)));
		prediction.setRationale(rationale);
		return prediction;
	}

	/**
	 * How the app's words for a match read in the standard risk-probability codes: a strong match
	 * (a score of 70 or more) is "more likely than not", a moderate one "a reasonable likelihood", a
	 * weak one "possible but unlikely".
	 */
	private static Coding likelihood(Match match) {
		return switch (match) {
			case STRONG -> new Coding(RISK_PROBABILITY, "high", "High likelihood");
			case MODERATE -> new Coding(RISK_PROBABILITY, "moderate", "Moderate likelihood");
			case WEAK -> new Coding(RISK_PROBABILITY, "low", "Low likelihood");
		};
	}

	private String rationale(ConditionResult condition, Locale language) {
		String rationale = evidence("fhir.record.for", condition.evidenceFor(), language);
		String against = evidence("fhir.record.against", condition.evidenceAgainst(), language);
		return against.isEmpty() ? rationale : rationale.isEmpty() ? against : rationale + " " + against;
	}

	private String rationale(ConsiderAlsoResult cause, Locale language) {
		String evidence = evidence("fhir.record.for", cause.evidenceFor(), language);
		return text("fhir.record.outside-the-ten", language, cause.whyItMatters()) + (evidence.isEmpty() ? "" : " " + evidence);
	}

	private String evidence(String key, List<String> items, Locale language) {
		return items.isEmpty() ? "" : text(key, language, String.join(" ", items));
	}

	/** Causes outside the ten; none for an assessment saved before they were considered. */
	private static List<ConsiderAlsoResult> considerAlso(Assessment assessment) {
		return assessment.considerAlso() == null ? List.of() : assessment.considerAlso();
	}

	/**
	 * A code of one of the app's code systems with the words the person read as its text; a code the
	 * live code system no longer has (from an old rulebook) keeps only its words.
	 */
	private CodeableConcept concept(String systemId, String code, String words) {
		CodeableConcept concept = new CodeableConcept().setText(words);
		definitions.coding(systemId, code).ifPresent(concept::addCoding);
		return concept;
	}

	private Identifier reference(Assessment assessment) {
		return new Identifier().setSystem(canonical.referenceSystem()).setValue(assessment.reference());
	}

	private static DateTimeType dateTime(Instant instant) {
		return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone("UTC"));
	}

	/** The same id for the same resource of the same assessment, every time. */
	private static UUID uuid(String type, String reference) {
		return UUID.nameUUIDFromBytes((type + "/" + reference).getBytes(StandardCharsets.UTF_8));
	}

	private String text(String key, Locale language, Object... arguments) {
		return messages.getMessage(key, arguments, language);
	}

}
