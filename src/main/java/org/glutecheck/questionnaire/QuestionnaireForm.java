package org.glutecheck.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.glutecheck.answers.AgeBand;
import org.glutecheck.answers.AnswerField;
import org.glutecheck.answers.Aggravator;
import org.glutecheck.answers.Answers;
import org.glutecheck.answers.ContextFactor;
import org.glutecheck.answers.Course;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.Onset;
import org.glutecheck.answers.PainDuration;
import org.glutecheck.answers.Pattern;
import org.glutecheck.answers.Quality;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.answers.Reliever;
import org.glutecheck.answers.Sex;
import org.glutecheck.answers.Side;
import org.glutecheck.answers.Symptom;

/**
 * Everything the questionnaire has gathered so far, as it travels from page to page: the current
 * page's own inputs plus every earlier answer in hidden fields, never in a server session and never
 * in the address. The field names are the contract's, so the form reads like the JSON API.
 *
 * @param run the signed run token that ties the pages of one sitting together
 * @param noRedFlags the person ticked "none of these" on the warning signs
 */
record QuestionnaireForm(String run, List<RedFlag> redFlags, Boolean noRedFlags, Side side, List<Location> locations,
		List<Quality> qualities, Integer severity, PainDuration duration, Onset onset, Pattern pattern, Course course,
		List<Aggravator> aggravators, List<Reliever> relievers, List<ContextFactor> context, List<Symptom> symptoms,
		AgeBand ageBand, Sex sex) {

	QuestionnaireForm {
		redFlags = clean(redFlags);
		locations = clean(locations);
		qualities = clean(qualities);
		aggravators = clean(aggravators);
		relievers = clean(relievers);
		context = clean(context);
		symptoms = clean(symptoms);
	}

	static QuestionnaireForm empty(String run) {
		return new QuestionnaireForm(run, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);
	}

	/** The answers as they were saved, so a saved result can show what it was made from. */
	static QuestionnaireForm of(Answers answers) {
		return new QuestionnaireForm(null, answers.redFlags(), answers.redFlags().isEmpty() ? null : Boolean.FALSE,
				answers.side(), answers.locations(), answers.qualities(), answers.severity(), answers.duration(),
				answers.onset(), answers.pattern(), answers.course(), answers.aggravators(), answers.relievers(),
				answers.context(), answers.symptoms(), answers.ageBand(), answers.sex());
	}

	QuestionnaireForm withRun(String token) {
		return new QuestionnaireForm(token, redFlags, noRedFlags, side, locations, qualities, severity, duration, onset,
				pattern, course, aggravators, relievers, context, symptoms, ageBand, sex);
	}

	/** Only the warning signs: what the emergency check may look at before anything else is asked. */
	Answers warningSignsOnly() {
		return new Answers(null, null, null, List.of(), null, null, null, null, null, null, null, null, null, null,
				redFlags);
	}

	Answers toAnswers() {
		return new Answers(ageBand, sex, side, locations, qualities, severity, duration, onset, pattern, course,
				aggravators, relievers, context, symptoms, redFlags);
	}

	public boolean saidNoRedFlags() {
		return Boolean.TRUE.equals(noRedFlags);
	}

	/**
	 * Every answer by field name, as the codes or values a form sends back: what the hidden fields
	 * carry and what the inputs show as already chosen. Fields not yet answered are absent.
	 */
	Map<String, List<String>> values() {
		Map<String, List<String>> values = new LinkedHashMap<>();
		put(values, "redFlags", redFlags);
		put(values, "noRedFlags", saidNoRedFlags() ? List.of(true) : List.of());
		put(values, "side", single(side));
		put(values, "locations", locations);
		put(values, "qualities", qualities);
		put(values, "severity", single(severity));
		put(values, "duration", single(duration));
		put(values, "onset", single(onset));
		put(values, "pattern", single(pattern));
		put(values, "course", single(course));
		put(values, "aggravators", aggravators);
		put(values, "relievers", relievers);
		put(values, "context", context);
		put(values, "symptoms", symptoms);
		put(values, "ageBand", single(ageBand));
		put(values, "sex", single(sex));
		return values;
	}

	/** The chosen values of every field as a set (empty when unanswered), for ticking the right boxes. */
	Map<String, Set<String>> selected() {
		Map<String, List<String>> values = values();
		Map<String, Set<String>> selected = new LinkedHashMap<>();
		for (AnswerField field : AnswerField.values()) {
			selected.put(field.contractName(), Set.copyOf(values.getOrDefault(field.contractName(), List.of())));
		}
		return selected;
	}

	private static void put(Map<String, List<String>> values, String field, List<?> chosen) {
		if (!chosen.isEmpty()) {
			values.put(field, chosen.stream().map(String::valueOf).toList());
		}
	}

	private static List<Object> single(Object value) {
		return value == null ? List.of() : List.of(value);
	}

	private static <T> List<T> clean(List<T> codes) {
		if (codes == null) {
			return List.of();
		}
		List<T> distinct = new ArrayList<>();
		codes.stream().filter(Objects::nonNull).filter(c -> !distinct.contains(c)).forEach(distinct::add);
		return List.copyOf(distinct);
	}

}
