package org.glutecheck.questionnaire;

import java.util.List;
import java.util.stream.IntStream;

import org.glutecheck.answers.AnswerField;

/**
 * One question on a page: the answer field it fills, how it is asked, and whether it must be
 * answered. Its words live in messages.properties under {@code q.<field>}.
 */
record Question(String field, Kind kind, boolean required) {

	enum Kind {

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

	static Question required(String field, Kind kind) {
		return new Question(field, kind, true);
	}

	static Question optional(String field, Kind kind) {
		return new Question(field, kind, false);
	}

	/** The places on the body map, top to bottom as the eye reads the picture. */
	static final List<String> BODY_MAP_ORDER = List.of("LOWER_BACK", "SACRAL_DIMPLE", "WHOLE_BUTTOCK", "CENTER_BUTTOCK",
			"OUTER_HIP", "GROIN_OR_PELVIC_FLOOR", "BACK_OF_THIGH", "BELOW_KNEE");

	/** The values a person can choose, in contract order (the body map: top to bottom). */
	public List<String> codes() {
		if (kind == Kind.SCALE) {
			return IntStream.rangeClosed(0, 10).mapToObj(String::valueOf).toList();
		}
		List<String> codes = AnswerField.byContractName(field).orElseThrow().codes();
		if (kind == Kind.BODY_MAP) {
			return BODY_MAP_ORDER.stream().filter(codes::contains).toList();
		}
		return codes;
	}

	/** The id of the first input, where an error summary link takes the person. */
	public String firstInputId() {
		return field + "-" + codes().get(0);
	}

}
