package org.glutecheck.questionnaire;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.glutecheck.answers.FollowUpAnswers;
import org.glutecheck.answers.RedFlag;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.SupersededAssessmentException;
import org.glutecheck.assessment.TooManyFollowUpsException;
import org.glutecheck.assessment.UnknownAssessmentException;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.system.KioskProperties;
import org.glutecheck.triage.Triage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A check-in on a saved result ("how is it now?"), as post/redirect/get like the questionnaire: the
 * warning signs first (the questionnaire's own question, with its emergency short-circuit), then
 * better, the same or worse, the worst pain now and new symptoms, then the result as it is now. It
 * begins from the result's "How is it now?" button or from a code typed on the start page (a lookup
 * by reference, which the lookup throttle counts), and the run token travels in the forms and, for
 * the GETs, in its own cookie ({@link CheckInCookie}). No HTTP session is ever created.
 */
@Controller
class CheckInController {

	private static final Logger log = LoggerFactory.getLogger(CheckInController.class);

	private static final String EMERGENCY = "emergency";

	private static final String RESULT = "result";

	/** The answers that take one value: sent twice, they are not what any page of the site sends. */
	private static final List<String> SINGLE_VALUED = List.of("course", "severity", "noWarningSigns");

	/** Tries to save, should the person replace the result again meanwhile or the same check-in be saving. */
	private static final int ATTEMPTS = 3;

	private final RunTokens tokens;

	private final DeviceReset reset;

	private final CheckInCookie cookie;

	private final CheckIns checkIns;

	private final AssessmentService assessments;

	private final EmergencyCheck emergencyCheck;

	private final Pages pages;

	private final Validator validator;

	private final KioskProperties kiosk;

	CheckInController(RunTokens tokens, DeviceReset reset, CheckInCookie cookie, CheckIns checkIns,
			AssessmentService assessments, EmergencyCheck emergencyCheck, Pages pages, Validator validator,
			KioskProperties kiosk) {
		this.tokens = tokens;
		this.reset = reset;
		this.cookie = cookie;
		this.checkIns = checkIns;
		this.assessments = assessments;
		this.emergencyCheck = emergencyCheck;
		this.pages = pages;
		this.validator = validator;
		this.kiosk = kiosk;
	}

	/**
	 * "How is it now?" on a result, or a code typed on the start page: a new check-in on that result,
	 * or on its newest version when the person changed their answers since. An unknown code gets the
	 * lookup's "no result has that code" (404, which the throttle counts); a result with all the
	 * check-ins it takes says so.
	 */
	@PostMapping("/check-in")
	ModelAndView begin(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<Assessment> typed = assessments.find(code);
		Optional<String> newer = typed.flatMap(found -> assessments.newestVersion(found.reference()));
		Optional<Assessment> onto = newer.isPresent() ? newer.flatMap(assessments::find) : typed;
		if (onto.isEmpty()) {
			return pages.noSuchResult(code).addObject("checkingIn", true);
		}
		if (onto.get().followUps().size() >= AssessmentService.MAX_FOLLOW_UPS) {
			return pages.checkInsFull(onto.get().reference());
		}
		cookie.set(checkIns.start(onto.get().reference()), request, response);
		return new ModelAndView(redirect(CheckInStep.WARNING_SIGNS, false) + (newer.isPresent() ? "?updated=true" : ""));
	}

	/** A page of the check-in, as it is now: a step (with its problems, after a Continue that had some), the emergency page or the result. */
	@GetMapping("/check-in/{path}")
	ModelAndView show(@PathVariable String path, @RequestParam(defaultValue = "false") boolean problems,
			@RequestParam(defaultValue = "false") boolean updated, HttpServletRequest request, Locale locale) {
		Optional<CheckInForm> form = cookie.read(request).flatMap(run -> current(run, request));
		if (form.isEmpty()) {
			return new ModelAndView("redirect:/");
		}
		return switch (path) {
			case EMERGENCY -> emergency(form.get());
			case RESULT -> result(form.get(), locale);
			default -> CheckInStep.byPath(path)
				.map(step -> pages.checkInStep(step, form.get(),
						problems ? step.problems(form.get(), validator) : Map.of(), updated, locale))
				.orElseGet(() -> new ModelAndView("redirect:/"));
		};
	}

	/** Someone followed the check-in's address without its form: back to the start. */
	@GetMapping("/check-in")
	String noForm() {
		return "redirect:/";
	}

	/**
	 * "Continue" or "Back" on a page of the check-in, or its language switch ({@code go=stay}).
	 * Values no page of the site sends (a number that is not one, a severity outside 0 to 10, a code
	 * that does not exist, an answer sent twice) get the page again with what is wrong, as 400, and
	 * are never kept.
	 */
	@PostMapping("/check-in/{path}")
	ModelAndView answer(@PathVariable String path, @RequestParam(required = false) String run,
			@ModelAttribute("checkIn") FollowUpAnswers answers, BindingResult typos,
			@RequestParam(defaultValue = "next") String go, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		CheckInStep step = CheckInStep.byPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Optional<CheckInForm> current = current(run, request);
		if (current.isEmpty()) {
			return new ModelAndView("redirect:/?ended");
		}
		CheckInForm form = new CheckInForm(run, current.get().reference(), answers);
		Map<String, String> refused = refused(form, typos, request);
		if (!refused.isEmpty()) {
			return refusedPage(form, refused, locale);
		}
		checkIns.answered(run, form.answers());
		cookie.set(run, request, response);
		return switch (go) {
			case "back" -> new ModelAndView(
					step.previous().map(previous -> redirect(previous, false)).orElseGet(() -> leave(form)));
			case "stay" -> new ModelAndView(redirect(step, false));
			default -> next(step, form);
		};
	}

	private ModelAndView next(CheckInStep step, CheckInForm form) {
		if (!step.problems(form, validator).isEmpty()) {
			return new ModelAndView(redirect(step, true));
		}
		if (step == CheckInStep.WARNING_SIGNS && stopsAtEmergency(form)) {
			saveEmergency(form);
			return new ModelAndView("redirect:/check-in/" + EMERGENCY);
		}
		return step.next().map(following -> new ModelAndView(redirect(following, false))).orElseGet(() -> finish(form));
	}

	/**
	 * The last page was answered: the check-in is saved and the result shown, or the first page that
	 * still lacks an answer. A result that took its last check-in meanwhile says so; one deleted
	 * meanwhile is not found.
	 */
	private ModelAndView finish(CheckInForm form) {
		Optional<CheckInStep> incomplete = Arrays.stream(CheckInStep.values())
			.filter(step -> !step.problems(form, validator).isEmpty())
			.findFirst();
		if (incomplete.isPresent()) {
			return new ModelAndView(redirect(incomplete.get(), true));
		}
		if (save(form, form.answers()).isPresent()) {
			return new ModelAndView("redirect:/check-in/" + RESULT);
		}
		String reference = checkIns.form(form.run()).map(CheckInForm::reference).orElse(form.reference());
		return assessments.find(reference).isPresent() ? pages.checkInsFull(reference) : pages.noSuchResult(reference);
	}

	/**
	 * Saves the check-in on its result, or on the newest version if the person replaced the result
	 * meanwhile. Empty when it could not be saved: the result has all the check-ins it takes, or is
	 * gone.
	 */
	private Optional<Assessment> save(CheckInForm form, FollowUpAnswers checkIn) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				return Optional.of(checkIns.save(form.run(), checkIn));
			}
			catch (SupersededAssessmentException replaced) {
				checkIns.moveTo(form.run(), replaced.newestReference());
			}
			catch (ConcurrencyFailureException sameCheckInBeingSaved) {
				// The same check-in sent twice at once, the other still saving it past the database's
				// lock timeout: once it is saved, the next attempt finds it.
			}
			catch (TooManyFollowUpsException | UnknownAssessmentException cannot) {
				return Optional.empty();
			}
		}
		throw new IllegalStateException("A check-in could not be saved in " + ATTEMPTS + " attempts");
	}

	/**
	 * Saves a check-in that stopped at an emergency at once, as the questionnaire saves an emergency.
	 * The emergency page is shown whatever happens here: it says whether the check-in was saved.
	 */
	private void saveEmergency(CheckInForm form) {
		try {
			save(form, FollowUpAnswers.stoppedAt(form.answers().redFlags()));
		}
		catch (RuntimeException notSaved) {
			log.error("A check-in that stopped at an emergency could not be saved; its emergency page is shown", notSaved);
		}
	}

	/** Back from the warning signs: to the result the check-in began from (on a clinic tablet, to the start). */
	private String leave(CheckInForm form) {
		return kiosk.enabled() ? "redirect:/" : "redirect:/results/" + form.reference();
	}

	/**
	 * The emergency page, while this check-in's warning signs are an emergency; otherwise its warning
	 * signs. It says what the result now says (its triage, once the check-in is saved on it), or, when
	 * the check-in could not be saved, why the warning signs ticked are an emergency by themselves.
	 */
	private ModelAndView emergency(CheckInForm form) {
		if (!stopsAtEmergency(form)) {
			return new ModelAndView(redirect(CheckInStep.WARNING_SIGNS, false));
		}
		List<RedFlag> signs = form.answers().redFlags();
		boolean saved = checkIns.saved(form.run()).filter(FollowUpAnswers.stoppedAt(signs)::equals).isPresent();
		Optional<Triage> why = (saved ? assessments.find(form.reference()).map(Assessment::triage) : Optional.<Triage>empty())
			.filter(triage -> triage.level() == TriageLevel.EMERGENCY)
			.or(() -> emergencyCheck.emergency(signs));
		return pages.checkInEmergency(form, why.orElse(null), saved);
	}

	/**
	 * Whether the warning signs ticked now stop the check-in at an emergency, as on the first page:
	 * the assessment service decides, with everything reported before on the result, as the saved
	 * check-in's triage will; on a result that is gone, the rulebook's triage of these signs alone.
	 * Never when none is ticked.
	 */
	private boolean stopsAtEmergency(CheckInForm form) {
		List<RedFlag> signs = form.answers().redFlags();
		if (signs.isEmpty()) {
			return false;
		}
		try {
			return assessments.isEmergencyAtCheckIn(form.reference(), signs);
		}
		catch (UnknownAssessmentException gone) {
			return emergencyCheck.emergency(signs).isPresent();
		}
	}

	/** The result as it is now, once the check-in is saved; before that, its last page. */
	private ModelAndView result(CheckInForm form, Locale locale) {
		if (checkIns.saved(form.run()).isEmpty()) {
			return new ModelAndView(redirect(CheckInStep.NOW, false));
		}
		return assessments.findVersioned(form.reference())
			.map(updated -> pages.result(updated, QuestionnaireForm.of(updated.assessment().answers()), false, locale)
				.addObject("checkedIn", true))
			.orElseGet(() -> pages.noSuchResult(form.reference()));
	}

	/**
	 * The fields whose values no page of the site sends, each with the message key of what is wrong:
	 * a value that is not one of the answers (a word for a number, an unknown code), one outside its
	 * range, or an answer that takes one value sent more than once.
	 */
	private Map<String, String> refused(CheckInForm form, BindingResult typos, HttpServletRequest request) {
		Set<String> fields = new LinkedHashSet<>();
		typos.getFieldErrors().stream().map(FieldError::getField).map(field -> field.split("[\\[.]")[0]).forEach(fields::add);
		SINGLE_VALUED.stream()
			.filter(field -> request.getParameterValues(field) != null && request.getParameterValues(field).length > 1)
			.forEach(fields::add);
		for (CheckInStep step : CheckInStep.values()) {
			step.problems(form, validator).forEach((field, key) -> {
				if (key.endsWith(".invalid")) {
					fields.add(field);
				}
			});
		}
		Map<String, String> refused = new LinkedHashMap<>();
		for (CheckInStep step : CheckInStep.values()) {
			for (Question question : step.questions()) {
				if (question.fields().stream().anyMatch(fields::contains)) {
					refused.put(question.field(), "error." + question.field() + ".invalid");
				}
			}
		}
		return refused;
	}

	/** The page of the first refused answer, saying what is wrong, as 400. */
	private ModelAndView refusedPage(CheckInForm form, Map<String, String> refused, Locale locale) {
		CheckInStep step = refused.keySet().stream().map(CheckInStep::asking).flatMap(Optional::stream).findFirst()
			.orElse(CheckInStep.WARNING_SIGNS);
		ModelAndView page = pages.checkInStep(step, form, refused, false, locale);
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	/** The check-in of this run token, if it is current (not ended on this device) and known. */
	private Optional<CheckInForm> current(String run, HttpServletRequest request) {
		boolean live = tokens.startOf(run).filter(started -> !reset.endedSince(started, request)).isPresent();
		return live ? checkIns.form(run) : Optional.empty();
	}

	private static String redirect(CheckInStep step, boolean problems) {
		return "redirect:/check-in/" + step.path() + (problems ? "?problems=true" : "");
	}

}
