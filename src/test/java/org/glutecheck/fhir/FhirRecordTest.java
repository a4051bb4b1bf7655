package org.glutecheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.glutecheck.answers.AgeBand;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.ConditionResult;
import org.glutecheck.assessment.ConsiderAlsoResult;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.TriageReason;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentPredictionComponent;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentStatus;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The FHIR record of every clinical vignette (the five files VignetteTest runs), made through the
 * service as the API makes it: HAPI's validator, offline, finds nothing wrong with it (no error, no
 * warning), its QuestionnaireResponse checked against the Questionnaire in the record's language;
 * its shape says what the assessment said (each cause a prediction with probability score/100,
 * best first, then those outside the ten; the triage level and its reasons, most urgent first).
 * The Questionnaire and every code system are valid too, and every extension makes a snapshot.
 * English for every vignette, Spanish for every fourth, to keep the run short.
 */
@SpringBootTest
@TestInstance(Lifecycle.PER_CLASS)
class FhirRecordTest {

	private static final List<String> VIGNETTES = List.of("public.json", "own.json", "holdout.json", "public-v2.json",
			"own-v2.json");

	private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@Autowired
	private AssessmentService assessments;

	@Autowired
	private AssessmentRecords records;

	@Autowired
	private Questionnaires questionnaires;

	@Autowired
	private Definitions definitions;

	@Autowired
	private FhirJson json;

	@Autowired
	private JsonMapper mapper;

	private FhirValidation english;

	private FhirValidation spanish;

	@BeforeAll
	void validators() {
		english = FhirValidation.with(questionnaires.questionnaire(ENGLISH), definitions());
		spanish = FhirValidation.with(questionnaires.questionnaire(SPANISH), definitions());
	}

	@TestFactory
	Stream<DynamicTest> everyVignettesRecordIsValidAndSaysWhatTheAssessmentSaid() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		int index = 0;
		for (String file : VIGNETTES) {
			for (JsonNode vignette : read(file)) {
				Answers answers = mapper.treeToValue(vignette.get("answers"), Answers.class);
				boolean inSpanishToo = index++ % 4 == 0;
				tests.add(DynamicTest.dynamicTest(file + " " + vignette.get("id").asString(), () -> {
					checkRecord(assessments.assess(answers, ENGLISH), ENGLISH, english);
					if (inSpanishToo) {
						checkRecord(assessments.assess(answers, SPANISH), SPANISH, spanish);
					}
				}));
			}
		}
		return tests.stream();
	}

	@Test
	void anEmergencyStoppedAtTheWarningSignsIsAnUnfinishedResponse() {
		Answers soFar = new Answers(null, null, null, List.of(), null, null, null, null, null, null, null, null, null, null,
				List.of(RedFlag.SADDLE_NUMBNESS, RedFlag.BLADDER_BOWEL_LOSS));
		Assessment emergency = assessments.assessUnfinished(soFar);
		Bundle record = checkRecord(emergency, ENGLISH, english);
		QuestionnaireResponse response = (QuestionnaireResponse) record.getEntryFirstRep().getResource();
		assertThat(response.getStatus()).isEqualTo(QuestionnaireResponseStatus.INPROGRESS);
		assertThat(response.getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId).containsExactly("warning-signs");
		assertThat(response.getItemFirstRep().getItemFirstRep().getAnswer())
			.extracting(answer -> answer.getValueCoding().getCode())
			.containsExactly("SADDLE_NUMBNESS", "BLADDER_BOWEL_LOSS");
		RiskAssessment risk = (RiskAssessment) record.getEntry().get(1).getResource();
		assertThat(risk.getPrediction()).isEmpty();
		assertThat(level(risk).getCodingFirstRep().getCode()).isEqualTo("EMERGENCY");
	}

	@Test
	void noWarningSignsAndVersionOneCodesAreAnswersToo() {
		Answers answers = TestAnswers.at(Location.GROIN_OR_PELVIC_FLOOR).build();
		Answers v1 = new Answers(AgeBand.AGE_40_59, null, null, answers.locations(), null, 4, null, null, null, null, null,
				null, null, null, List.of(), true);
		Bundle record = checkRecord(assessments.assess(v1, ENGLISH), ENGLISH, english);
		QuestionnaireResponse response = (QuestionnaireResponse) record.getEntryFirstRep().getResource();
		assertThat(answerCodes(response, "ageBand")).containsExactly("AGE_40_59");
		assertThat(answerCodes(response, "locations")).containsExactly("GROIN_OR_PELVIC_FLOOR");
		assertThat(item(response, "noWarningSigns").getAnswerFirstRep().getValueBooleanType().booleanValue()).isTrue();
		assertThat(item(response, "severity").getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(4);
	}

	@Test
	void theSameAssessmentAlwaysGivesTheSameRecord() {
		Assessment assessment = assessments.assess(TestAnswers.at(Location.OUTER_HIP).severity(5).build(), ENGLISH);
		Assessment again = assessments.find(assessment.reference(), ENGLISH).orElseThrow();
		assertThat(json.write(records.record(again, ENGLISH))).isEqualTo(json.write(records.record(assessment, ENGLISH)));
	}

	@Test
	void theQuestionnaireAndEveryCodeSystemAreValidAndEveryExtensionMakesASnapshot() {
		assertThat(english.problems(questionnaires.questionnaire(ENGLISH))).isEmpty();
		assertThat(spanish.problems(questionnaires.questionnaire(SPANISH))).isEmpty();
		for (CodeSystem system : definitions.codeSystems()) {
			assertThat(english.problems(system)).as(system.getUrl()).isEmpty();
		}
		// The validator checks a StructureDefinition itself only with FHIR's core package from the
		// package server, which an offline test cannot reach: each extension is checked where it is
		// used instead (every RiskAssessment above, unknown extensions refused), from this snapshot.
		for (StructureDefinition extension : definitions.extensions()) {
			StructureDefinition snapshot = (StructureDefinition) english.snapshot(extension);
			assertThat(snapshot.getSnapshot().getElement()).as(extension.getUrl())
				.anySatisfy(element -> assertThat(element.getPath()).isEqualTo("Extension.value[x]"));
		}
	}

	/** Valid, and the same causes, scores, level and reasons as the assessment. */
	private Bundle checkRecord(Assessment assessment, Locale language, FhirValidation validation) {
		Bundle record = records.record(assessment, language);
		assertThat(FhirValidation.describe(validation.problems(record))).as(assessment.reference()).isEmpty();
		assertThat(record.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		assertThat(record.getEntry()).hasSize(2).allSatisfy(entry -> assertThat(entry.getFullUrl()).startsWith("urn:uuid:"));
		QuestionnaireResponse response = (QuestionnaireResponse) record.getEntry().get(0).getResource();
		RiskAssessment risk = (RiskAssessment) record.getEntry().get(1).getResource();
		assertThat(response.getQuestionnaire()).isEqualTo("https://glutecheck.org/fhir/Questionnaire/glute-check|2");
		assertThat(response.getIdentifier().getValue()).isEqualTo(assessment.reference());
		assertThat(response.getAuthored().toInstant()).isEqualTo(assessment.createdAt());
		assertThat(response.getLanguage()).isEqualTo(language.toLanguageTag());

		assertThat(risk.getStatus()).isEqualTo(RiskAssessmentStatus.FINAL);
		assertThat(risk.getSubject().hasReference()).as("nobody is named").isFalse();
		assertThat(risk.getBasisFirstRep().getReference()).isEqualTo(record.getEntry().get(0).getFullUrl());
		assertThat(risk.getOccurrenceDateTimeType().getValue().toInstant()).isEqualTo(assessment.createdAt());
		assertThat(risk.getMethod().getText()).contains(assessment.rulebookVersion());
		List<String> causes = new ArrayList<>(assessment.conditions().stream().map(ConditionResult::id).toList());
		List<BigDecimal> probabilities = new ArrayList<>(
				assessment.conditions().stream().map(c -> BigDecimal.valueOf(c.score(), 2)).toList());
		List<ConsiderAlsoResult> outside = assessment.considerAlso() == null ? List.of() : assessment.considerAlso();
		causes.addAll(outside.stream().map(ConsiderAlsoResult::id).toList());
		probabilities.addAll(outside.stream().map(c -> BigDecimal.valueOf(c.score(), 2)).toList());
		assertThat(risk.getPrediction()).extracting(p -> p.getOutcome().getCodingFirstRep().getCode()).containsExactlyElementsOf(causes);
		assertThat(risk.getPrediction()).extracting(RiskAssessmentPredictionComponent::getProbabilityDecimalType)
			.extracting(decimal -> decimal.getValue())
			.containsExactlyElementsOf(probabilities);
		assertThat(risk.getPrediction()).extracting(p -> p.getOutcome().getText())
			.containsExactlyElementsOf(Stream.concat(assessment.conditions().stream().map(ConditionResult::name),
					outside.stream().map(ConsiderAlsoResult::name)).toList());
		CodeableConcept level = level(risk);
		assertThat(level.getCodingFirstRep().getCode()).isEqualTo(assessment.triage().level().name());
		assertThat(reasons(risk)).extracting(reason -> reason.getCodingFirstRep().getCode())
			.containsExactlyElementsOf(assessment.triage().reasons().stream().map(TriageReason::code).toList());
		assertThat(reasons(risk)).extracting(CodeableConcept::getText)
			.containsExactlyElementsOf(assessment.triage().reasons().stream().map(TriageReason::text).toList());
		assertThat(risk.getMitigation()).contains(assessment.triage().headline());
		if (assessment.triage().level() != TriageLevel.SELF_CARE) {
			assertThat(assessment.triage().reasons()).isNotEmpty();
		}
		return record;
	}

	private List<IBaseResource> definitions() {
		List<IBaseResource> ours = new ArrayList<>(definitions.codeSystems());
		ours.addAll(definitions.extensions());
		return ours;
	}

	private static CodeableConcept level(RiskAssessment risk) {
		List<Extension> levels = risk.getExtensionsByUrl("https://glutecheck.org/fhir/StructureDefinition/triage-level");
		assertThat(levels).hasSize(1);
		return (CodeableConcept) levels.get(0).getValue();
	}

	private static List<CodeableConcept> reasons(RiskAssessment risk) {
		return risk.getExtensionsByUrl("https://glutecheck.org/fhir/StructureDefinition/triage-reason")
			.stream()
			.map(extension -> (CodeableConcept) extension.getValue())
			.toList();
	}

	private static QuestionnaireResponseItemComponent item(QuestionnaireResponse response, String linkId) {
		return response.getItem()
			.stream()
			.flatMap(page -> page.getItem().stream())
			.filter(item -> item.getLinkId().equals(linkId))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> answerCodes(QuestionnaireResponse response, String linkId) {
		return item(response, linkId).getAnswer().stream().map(answer -> answer.getValueCoding().getCode()).toList();
	}

	private List<JsonNode> read(String file) throws IOException {
		try (InputStream in = new ClassPathResource("vignettes/" + file).getInputStream()) {
			List<JsonNode> all = new ArrayList<>();
			mapper.readTree(in).forEach(all::add);
			return all;
		}
	}

}
