package org.glutecheck.questionnaire;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageService;
import org.springframework.stereotype.Component;

/**
 * Asks the rulebook's own triage rules, given only the warning signs, whether the person should
 * stop answering questions and get emergency help now. Which signs those are is the rulebook's
 * decision, never this class's.
 */
@Component
class EmergencyCheck {

	private final TriageService triage;

	EmergencyCheck(TriageService triage) {
		this.triage = triage;
	}

	/** The triage when the warning signs alone reach an emergency; empty otherwise. */
	Optional<Triage> emergency(QuestionnaireForm form) {
		if (form.redFlags().isEmpty()) {
			return Optional.empty();
		}
		return emergency(form.warningSignsOnly());
	}

	/**
	 * At a check-in, when it ticks a warning sign: the triage when the warning signs reported so far
	 * (at the assessment, at every check-in and at this one) reach an emergency together, as the
	 * check-in's whole answers would; empty otherwise.
	 */
	Optional<Triage> emergencyAtCheckIn(List<RedFlag> now, Collection<RedFlag> before) {
		if (now.isEmpty()) {
			return Optional.empty();
		}
		Set<RedFlag> soFar = new LinkedHashSet<>(before);
		soFar.addAll(now);
		return emergency(QuestionnaireForm.warningSignsOnly(List.copyOf(soFar)));
	}

	private Optional<Triage> emergency(Answers warningSignsOnly) {
		Triage result = triage.triage(warningSignsOnly, List.of());
		return result.level() == TriageLevel.EMERGENCY ? Optional.of(result) : Optional.empty();
	}

}
