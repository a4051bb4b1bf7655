package org.glutecheck.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.glutecheck.answers.AnswerField;
import org.glutecheck.answers.Answers;
import org.glutecheck.questionnaire.Question;
import org.glutecheck.questionnaire.Step;
import org.glutecheck.rulebook.ConditionDefinition;
import org.glutecheck.rulebook.ConsiderAlsoDefinition;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.RulebookReleases;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.rulebook.TriageRule;
import org.glutecheck.system.Languages;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.StructureDefinition.ExtensionContextType;
import org.hl7.fhir.r4.model.StructureDefinition.StructureDefinitionKind;
import org.hl7.fhir.r4.model.StructureDefinition.TypeDerivationRule;
import org.hl7.fhir.r4.model.UriType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The code systems and extensions the FHIR resources use, made from the definitions the app
 * already has: the answer codes and the questionnaire's words for them, the rulebook's causes and
 * triage rules, the triage levels. In English, the language every text is written in first, with
 * each other language's words as designations. Made once: they change only with a new build.
 */
@Component
class Definitions {

	static final String CONDITIONS = "conditions";

	static final String CONSIDER_ALSO = "consider-also";

	static final String TRIAGE_LEVELS = "triage-levels";

	static final String TRIAGE_REASONS = "triage-reasons";

	static final String TRIAGE_LEVEL_EXTENSION = "triage-level";

	static final String TRIAGE_REASON_EXTENSION = "triage-reason";

	private final Canonical canonical;

	private final MessageSource messages;

	/** By id. */
	private final Map<String, CodeSystem> codeSystems = new LinkedHashMap<>();

	/** By id. */
	private final Map<String, StructureDefinition> extensions = new LinkedHashMap<>();

	Definitions(Canonical canonical, MessageSource messages, RulebookReleases releases, Languages languages) {
		this.canonical = canonical;
		this.messages = messages;
		List<Locale> translations = languages.all().stream().filter(l -> !l.equals(Languages.ENGLISH)).toList();
		for (Step step : Step.values()) {
			for (Question question : step.questions()) {
				AnswerField field = AnswerField.byContractName(question.field()).orElseThrow();
				if (!field.isNumeric()) {
					add(answers(question, field, translations));
				}
			}
		}
		Rulebook live = releases.live();
		Function<Locale, Rulebook> translated = releases::live;
		add(conditions(live, translations, translated));
		add(considerAlso(live, translations, translated));
		add(triageLevels(live, translations, translated));
		add(triageReasons(live, translations, translated));
		extensions.put(TRIAGE_LEVEL_EXTENSION, extension(TRIAGE_LEVEL_EXTENSION, "TriageLevel", TRIAGE_LEVELS));
		extensions.put(TRIAGE_REASON_EXTENSION, extension(TRIAGE_REASON_EXTENSION, "TriageReason", TRIAGE_REASONS));
	}

	/** Every code system, in a stable order. */
	List<CodeSystem> codeSystems() {
		return codeSystems.values().stream().map(CodeSystem::copy).toList();
	}

	/** Every extension definition, in a stable order. */
	List<StructureDefinition> extensions() {
		return extensions.values().stream().map(StructureDefinition::copy).toList();
	}

	/** A published code system or extension by its resource type and id. */
	Optional<MetadataResource> find(String type, String id) {
		MetadataResource found = switch (type) {
			case "CodeSystem" -> codeSystems.get(id);
			case "StructureDefinition" -> extensions.get(id);
			default -> null;
		};
		return Optional.ofNullable(found).map(MetadataResource::copy);
	}

	/** The id of the code system of an answer field's codes, such as {@code red-flags}. */
	static String answerSystemId(String field) {
		return field.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/** A code of one of these code systems, with its display (the English words), if it has the code. */
	Optional<Coding> coding(String systemId, String code) {
		CodeSystem system = codeSystems.get(systemId);
		if (system == null) {
			return Optional.empty();
		}
		return system.getConcept()
			.stream()
			.filter(concept -> concept.getCode().equals(code))
			.findFirst()
			.map(concept -> new Coding(system.getUrl(), code, concept.getDisplay()));
	}

	String url(String systemId) {
		return canonical.codeSystem(systemId);
	}

	private void add(CodeSystem system) {
		codeSystems.put(system.getId(), system);
	}

	private CodeSystem answers(Question question, AnswerField field, List<Locale> translations) {
		String id = answerSystemId(question.field());
		String topic = text("q." + question.field() + ".summary", Languages.ENGLISH);
		CodeSystem system = codeSystem(id, "Answers" + pascal(id), text("fhir.codesystem.answers.title", Languages.ENGLISH, topic),
				text("fhir.codesystem.answers.description", Languages.ENGLISH, topic), Answers.CONTRACT_VERSION);
		for (String code : field.codes()) {
			ConceptDefinitionComponent concept = system.addConcept().setCode(code).setDisplay(text(question.answerKey(code), Languages.ENGLISH));
			if (!question.codes().contains(code)) {
				concept.setDefinition(text("fhir.codesystem.answers.not-offered", Languages.ENGLISH));
			}
			translations.forEach(language -> concept.addDesignation()
				.setLanguage(language.toLanguageTag())
				.setValue(text(question.answerKey(code), language)));
		}
		return narrated(system);
	}

	private CodeSystem conditions(Rulebook live, List<Locale> translations, Function<Locale, Rulebook> translated) {
		CodeSystem system = codeSystem(CONDITIONS, "Conditions", text("fhir.codesystem.conditions.title", Languages.ENGLISH),
				text("fhir.codesystem.conditions.description", Languages.ENGLISH), live.version());
		for (ConditionDefinition condition : live.conditions()) {
			ConceptDefinitionComponent concept = system.addConcept()
				.setCode(condition.id())
				.setDisplay(condition.name())
				.setDefinition(condition.explanation());
			translations.forEach(language -> translated.apply(language)
				.condition(condition.id())
				.ifPresent(same -> concept.addDesignation().setLanguage(language.toLanguageTag()).setValue(same.name())));
		}
		return narrated(system);
	}

	private CodeSystem considerAlso(Rulebook live, List<Locale> translations, Function<Locale, Rulebook> translated) {
		CodeSystem system = codeSystem(CONSIDER_ALSO, "ConsiderAlso", text("fhir.codesystem.consider-also.title", Languages.ENGLISH),
				text("fhir.codesystem.consider-also.description", Languages.ENGLISH), live.version());
		for (ConsiderAlsoDefinition cause : live.considerAlso()) {
			ConceptDefinitionComponent concept = system.addConcept()
				.setCode(cause.id())
				.setDisplay(cause.name())
				.setDefinition(cause.whyItMatters());
			translations.forEach(language -> translated.apply(language)
				.considerAlso()
				.stream()
				.filter(same -> same.id().equals(cause.id()))
				.findFirst()
				.ifPresent(same -> concept.addDesignation().setLanguage(language.toLanguageTag()).setValue(same.name())));
		}
		return narrated(system);
	}

	private CodeSystem triageLevels(Rulebook live, List<Locale> translations, Function<Locale, Rulebook> translated) {
		CodeSystem system = codeSystem(TRIAGE_LEVELS, "TriageLevels", text("fhir.codesystem.triage-levels.title", Languages.ENGLISH),
				text("fhir.codesystem.triage-levels.description", Languages.ENGLISH), live.version());
		for (TriageLevel level : TriageLevel.values()) {
			ConceptDefinitionComponent concept = system.addConcept()
				.setCode(level.name())
				.setDisplay(text("triage.level." + level.name(), Languages.ENGLISH))
				.setDefinition(live.advice(level).headline());
			translations.forEach(language -> concept.addDesignation()
				.setLanguage(language.toLanguageTag())
				.setValue(text("triage.level." + level.name(), language)));
		}
		return narrated(system);
	}

	/**
	 * The codes of the reasons a triage level is raised: each triage rule, each cause outside the
	 * ten (it raises the level when it fits), and the rule for a leading cause a clinician must
	 * confirm (whose words name the cause, so its display says it in general).
	 */
	private CodeSystem triageReasons(Rulebook live, List<Locale> translations, Function<Locale, Rulebook> translated) {
		CodeSystem system = codeSystem(TRIAGE_REASONS, "TriageReasons", text("fhir.codesystem.triage-reasons.title", Languages.ENGLISH),
				text("fhir.codesystem.triage-reasons.description", Languages.ENGLISH), live.version());
		Map<String, String> reasons = new LinkedHashMap<>();
		for (TriageRule rule : live.triageRules()) {
			reasons.putIfAbsent(rule.code(), rule.reason());
		}
		for (ConsiderAlsoDefinition cause : live.considerAlso()) {
			reasons.putIfAbsent(cause.id(), cause.reason());
		}
		reasons.putIfAbsent(live.confirmationRule().code(), text("fhir.codesystem.triage-reasons.confirmation", Languages.ENGLISH));
		reasons.forEach((code, reason) -> system.addConcept().setCode(code).setDisplay(reason));
		return narrated(system);
	}

	private CodeSystem codeSystem(String id, String name, String title, String description, String version) {
		CodeSystem system = new CodeSystem();
		system.setId(id);
		system.setUrl(canonical.codeSystem(id));
		system.setVersion(version);
		system.setName("GluteCheck" + name);
		system.setTitle(title);
		system.setStatus(PublicationStatus.ACTIVE);
		system.setExperimental(false);
		system.setPublisher(text("fhir.publisher", Languages.ENGLISH));
		system.setDescription(description);
		system.setLanguage(Languages.ENGLISH.toLanguageTag());
		system.setCaseSensitive(true);
		system.setContent(CodeSystemContentMode.COMPLETE);
		return system;
	}

	private static CodeSystem narrated(CodeSystem system) {
		system.setCount(system.getConcept().size());
		system.setText(Narratives.of(system.getLanguage(), system.getTitle(),
				system.getConcept().stream().map(concept -> concept.getCode() + ": " + concept.getDisplay()).toList()));
		return system;
	}

	/**
	 * A simple extension on RiskAssessment holding a CodeableConcept of one of these code systems
	 * (the code, and the words the person read as its text).
	 */
	private StructureDefinition extension(String id, String name, String systemId) {
		StructureDefinition definition = new StructureDefinition();
		definition.setId(id);
		definition.setUrl(canonical.extension(id));
		definition.setVersion(Answers.CONTRACT_VERSION);
		definition.setName(name);
		definition.setTitle(text("fhir.extension." + id + ".title", Languages.ENGLISH));
		definition.setStatus(PublicationStatus.ACTIVE);
		definition.setExperimental(false);
		definition.setPublisher(text("fhir.publisher", Languages.ENGLISH));
		String description = text("fhir.extension." + id + ".description", Languages.ENGLISH, canonical.codeSystem(systemId));
		definition.setDescription(description);
		definition.setLanguage(Languages.ENGLISH.toLanguageTag());
		definition.setFhirVersion(FHIRVersion._4_0_1);
		definition.setKind(StructureDefinitionKind.COMPLEXTYPE);
		definition.setAbstract(false);
		definition.addContext().setType(ExtensionContextType.ELEMENT).setExpression("RiskAssessment");
		definition.setType("Extension");
		definition.setBaseDefinition("http://hl7.org/fhir/StructureDefinition/Extension");
		definition.setDerivation(TypeDerivationRule.CONSTRAINT);
		List<ElementDefinition> elements = new ArrayList<>();
		elements.add(new ElementDefinition().setPath("Extension").setShort(definition.getTitle()).setDefinition(description));
		elements.add(new ElementDefinition().setPath("Extension.extension").setMax("0"));
		ElementDefinition url = new ElementDefinition().setPath("Extension.url");
		url.setFixed(new UriType(definition.getUrl()));
		elements.add(url);
		ElementDefinition value = new ElementDefinition().setPath("Extension.value[x]").setMin(1);
		value.addType().setCode("CodeableConcept");
		elements.add(value);
		elements.forEach(element -> element.setId(element.getPath()));
		definition.getDifferential().setElement(elements);
		definition.setText(Narratives.of(definition.getLanguage(), definition.getTitle(), List.of(description)));
		return definition;
	}

	private String text(String key, Locale language, Object... arguments) {
		return messages.getMessage(key, arguments, language);
	}

	private static String pascal(String kebab) {
		StringBuilder out = new StringBuilder();
		for (String part : kebab.split("-")) {
			out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return out.toString();
	}

}
