package org.glutecheck.fhir;

import java.util.List;
import java.util.stream.Collectors;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.StructureDefinition;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * HAPI's validator for R4, offline: the core definitions from the jars, terminology checked in
 * memory (no terminology server, no network), and the app's own Questionnaire, code systems and
 * extensions, so every QuestionnaireResponse is checked against the Questionnaire and every code
 * against its code system. Slow to start: build one per test class.
 */
final class FhirValidation {

	private final FhirValidator validator;

	private final ValidationSupportChain chain;

	private FhirValidation(FhirValidator validator, ValidationSupportChain chain) {
		this.validator = validator;
		this.chain = chain;
	}

	/** The definition with the snapshot the validator makes of it, as it does to check a use of it. */
	IBaseResource snapshot(StructureDefinition definition) {
		return chain.generateSnapshot(new ValidationSupportContext(chain), definition.copy(), definition.getUrl(), null,
				definition.getName());
	}

	/**
	 * A validator that knows this Questionnaire and these code systems and extensions besides FHIR's
	 * own definitions.
	 */
	static FhirValidation with(Questionnaire questionnaire, List<? extends IBaseResource> definitions) {
		FhirContext context = FhirContext.forR4Cached();
		PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(context);
		definitions.forEach(ours::addResource);
		ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context), ours,
				new QuestionnaireSupport(context, questionnaire),
				new CommonCodeSystemsTerminologyService(context), new InMemoryTerminologyServerValidationSupport(context),
				new SnapshotGeneratingValidationSupport(context));
		FhirInstanceValidator instances = new FhirInstanceValidator(chain);
		// An extension nobody defined is an error, not a pass: every one used must be defined.
		instances.setAnyExtensionsAllowed(false);
		return new FhirValidation(context.newValidator().registerValidatorModule(instances), chain);
	}

	/** Every message about the resource at warning level or worse. */
	List<SingleValidationMessage> problems(IBaseResource resource) {
		ValidationResult result = validator.validateWithResult(resource);
		return result.getMessages()
			.stream()
			.filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
			.toList();
	}

	static List<SingleValidationMessage> errors(List<SingleValidationMessage> problems) {
		return problems.stream().filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).toList();
	}

	/**
	 * Serves the Questionnaire by its canonical URL, with or without its version: HAPI's pre-populated
	 * support keeps only code systems, value sets and structure definitions.
	 */
	@SuppressWarnings("unchecked")
	private record QuestionnaireSupport(FhirContext context, Questionnaire questionnaire) implements IValidationSupport {

		@Override
		public FhirContext getFhirContext() {
			return context;
		}

		@Override
		public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
			boolean named = url.equals(questionnaire.getUrl()) || url.equals(questionnaire.getUrl() + "|" + questionnaire.getVersion());
			return named && (type == null || type.isInstance(questionnaire)) ? (T) questionnaire : null;
		}

	}

	static String describe(List<SingleValidationMessage> messages) {
		return messages.stream()
			.map(message -> message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage())
			.collect(Collectors.joining("\n"));
	}

}
