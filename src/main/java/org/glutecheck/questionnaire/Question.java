package org.glutecheck.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.validation.Validator;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.AnswerField;

/**
 * One question on a page: the answer field it fills, how it is asked, and whether it must be
 * answered. Its words live in messages.properties under {@code q.<field>}: the answers' always, the
 * question's own (legend and hint) under {@code wording}, which a check-in words for its own moment.
 *
 * @param wording the message key prefix of the legend ({@code .legend}) and hint ({@code .hint})
 */
public record Question(String field, Kind kind, boolean required, String wording) {

	public enum Kind {

		/** Tick all that apply. */
		CHECKBOXES,
		/** Tick all that apply, or "none of these" (which rules the others out). */
		CHECKBOXES_OR_NONE,
		/** Pick one. */
		RADIOS,
		/** Pick one, or "not sure / prefer not to say", which leaves it unreported. */
		RADIOS_OR_UNSURE,
		/** A 0 to 10 scale. */
		SCALE,
		/** Places on a picture of the body, tick all that apply. */
		BODY_MAP

	}

	/** A few answers of one question under a short heading ({@code q.<field>.group.<key>}). */
	record Group(String key, List<String> codes) {
	}

	static Question required(String field, Kind kind) {
		return new Question(field, kind, true, "q." + field);
	}

	static Question optional(String field, Kind kind) {
		return new Question(field, kind, false, "q." + field);
	}

	/** The same question, its legend and hint under another key prefix. */
	Question wordedAs(String otherWording) {
		return new Question(field, kind, required, otherWording);
	}

	/** The message key of the question itself. */
	public String textKey() {
		return wording + ".legend";
	}

	/** The message key of the question's hint; not every question has one. */
	public String hintKey() {
		return wording + ".hint";
	}

	/** The message key of one of its answers. */
	public String answerKey(String code) {
		return "q." + field + "." + code;
	}

	/** The message key of "None of these", the answer of a {@link Kind#CHECKBOXES_OR_NONE} question that rules out the others. */
	public String noneKey() {
		return "q." + field + ".none";
	}

	/** Whether more than one answer may be chosen. */
	public boolean repeats() {
		return kind == Kind.CHECKBOXES || kind == Kind.CHECKBOXES_OR_NONE || kind == Kind.BODY_MAP;
	}

	/**
	 * The answers given to this question, as the page would show them ticked: codes, or for the
	 * scale the number; empty when it was not answered.
	 */
	public List<String> answered(Answers answers) {
		return QuestionnaireForm.of(answers).values().getOrDefault(field, List.of());
	}

	/**
	 * The answer field of "None of these", for the question that has it ({@link Kind#CHECKBOXES_OR_NONE}):
	 * a field of its own in the answers, ticked on the same page.
	 */
	public Optional<String> noneField() {
		return kind == Kind.CHECKBOXES_OR_NONE ? Optional.of("noWarningSigns") : Optional.empty();
	}

	/** The form fields it sends: its own, and "None of these" for a list that offers it. */
	List<String> fields() {
		return noneField().map(none -> List.of(field, none)).orElse(List.of(field));
	}

	/**
	 * What is missing, contradictory or out of range in its answer, as a message key
	 * ({@code error.<field>.required}, {@code .both} or {@code .invalid}); empty when nothing is.
	 * Whether a value is in range is the answers' own validation, the same the JSON API applies.
	 */
	Optional<String> problem(PageAnswers form, Validator validator) {
		boolean saidNone = kind == Kind.CHECKBOXES_OR_NONE && form.saidNoWarningSigns();
		if (!form.values().containsKey(field)) {
			return required && !saidNone ? Optional.of("error." + field + ".required") : Optional.empty();
		}
		if (saidNone) {
			return Optional.of("error." + field + ".both");
		}
		return validator.validateProperty(form.answers(), field).isEmpty() ? Optional.empty()
				: Optional.of("error." + field + ".invalid");
	}

	/** The problems of these questions, field by field in page order, as message keys; empty when the person may go on. */
	static Map<String, String> problems(List<Question> questions, PageAnswers form, Validator validator) {
		Map<String, String> problems = new LinkedHashMap<>();
		questions.forEach(question -> question.problem(form, validator)
			.ifPresent(key -> problems.put(question.field(), key)));
		return problems;
	}

	/** The places on the body map: from behind top to bottom, then from the side. */
	static final List<String> BODY_MAP_ORDER = List.of("LOWER_BACK", "SACRAL_DIMPLE", "WHOLE_BUTTOCK", "CENTER_BUTTOCK",
			"SIT_BONE", "PELVIC_FLOOR_OR_TAILBONE", "BACK_OF_THIGH", "BELOW_KNEE", "OUTER_HIP", "FRONT_OF_HIP_OR_GROIN",
			"FRONT_OF_THIGH");

	/**
	 * Version 1 codes that finer codes replace: still valid answers (a saved result can hold them),
	 * but the questionnaire offers the finer ones instead.
	 */
	static final Set<String> NOT_OFFERED = Set.of("AGE_40_59", "GROIN_OR_PELVIC_FLOOR");

	/** Long lists are grouped under short headings, so they stay quick to read on a phone. */
	private static final Map<String, List<Group>> GROUPS = Map.of("redFlags", List.of(
			new Group("nerves", List.of("BLADDER_BOWEL_LOSS", "BLADDER_BOWEL_CHANGE", "SADDLE_NUMBNESS", "BOTH_LEGS",
					"PROGRESSIVE_WEAKNESS")),
			new Group("blood", List.of("COLD_PALE_LEG", "LEG_SWELLING", "SUDDEN_SEVERE_OR_COLLAPSE")),
			new Group("health", List.of("FEVER", "CANCER_OR_WEIGHT_LOSS", "NIGHT_PAIN")),
			new Group("injury", List.of("SIGNIFICANT_INJURY", "CANNOT_BEAR_WEIGHT", "DARK_URINE"))),
			"context", List.of(
					new Group("training", List.of("NEW_OR_HARDER_WORKOUT", "TRAINS_MOST_DAYS", "NEVER_RECOVERED",
							"UNSURE_OF_FORM", "HEAVY_SWEATING", "LOW_ENERGY_OR_MISSED_PERIODS", "SITS_MOST_OF_DAY")),
					new Group("health", List.of("SMOKER", "DIABETES_OR_HEART_DISEASE", "BLOOD_THINNERS",
							"INFECTION_RISK", "OSTEOPOROSIS_OR_STEROIDS", "BACK_PROBLEMS", "PREGNANCY_OR_POSTPARTUM"))),
			"symptoms", List.of(
					new Group("nerves", List.of("NUMBNESS", "WEAKNESS", "BLADDER_URGENCY",
							"PAIN_WITH_INTERCOURSE_OR_BOWEL")),
					new Group("movement", List.of("STIFFNESS", "MORNING_STIFFNESS", "HIP_STIFF_SOCKS", "TIGHT_HIP_FLEXORS",
							"PAIN_ON_HOPPING", "EASES_WITHIN_MINUTES", "VISIBLE_KNOT", "TENDER_OUTER_HIP_BONE")),
					new Group("skin", List.of("RASH"))));

	/** The values a person can choose, in contract order (the body map: as the eye reads the pictures). */
	public List<String> codes() {
		if (kind == Kind.SCALE) {
			return IntStream.rangeClosed(0, 10).mapToObj(String::valueOf).toList();
		}
		List<String> codes = AnswerField.byContractName(field).orElseThrow().codes();
		if (kind == Kind.BODY_MAP) {
			return BODY_MAP_ORDER.stream().filter(codes::contains).toList();
		}
		return codes.stream().filter(code -> !NOT_OFFERED.contains(code)).toList();
	}

	/**
	 * The answers under their headings; one group without a heading when the question has none. A
	 * code no group names still shows, under "Other", so a new code is never left off the page.
	 */
	public List<Group> groups() {
		List<Group> groups = new ArrayList<>(GROUPS.getOrDefault(field, List.of()));
		List<String> grouped = groups.stream().flatMap(g -> g.codes().stream()).toList();
		List<String> rest = codes().stream().filter(code -> !grouped.contains(code)).toList();
		if (!rest.isEmpty()) {
			groups.add(new Group(groups.isEmpty() ? null : "other", rest));
		}
		return groups;
	}

	/** The id of the first input, where an error summary link takes the person. */
	public String firstInputId() {
		return field + "-" + (kind == Kind.CHECKBOXES || kind == Kind.CHECKBOXES_OR_NONE ? groups().get(0).codes().get(0)
				: codes().get(0));
	}

	/** The answers as the page shows them, in its order: for a long list, heading by heading. */
	public List<String> offered() {
		return kind == Kind.CHECKBOXES || kind == Kind.CHECKBOXES_OR_NONE
				? groups().stream().flatMap(group -> group.codes().stream()).toList() : codes();
	}

}
