package org.glutecheck.questionnaire;

import java.util.List;
import java.util.Optional;

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
	 * The triage when these warning signs alone reach an emergency; empty otherwise. At a check-in the
	 * assessment service decides whether to stop, with everything reported before
	 * ({@link org.glutecheck.assessment.AssessmentService#isEmergencyAtCheckIn}); this says why when
	 * the check-in could not be saved, and decides on a result that is gone.
	 */
	Optional<Triage> emergency(List<RedFlag> signs) {
		return signs.isEmpty() ? Optional.empty() : emergency(QuestionnaireForm.warningSignsOnly(signs));
	}

	private Optional<Triage> emergency(Answers warningSignsOnly) {
		Triage result = triage.triage(warningSignsOnly, List.of());
		return result.level() == TriageLevel.EMERGENCY ? Optional.of(result) : Optional.empty();
	}

}
