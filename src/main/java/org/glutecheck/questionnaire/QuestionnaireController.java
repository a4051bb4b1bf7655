package org.glutecheck.questionnaire;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.glutecheck.answers.Answers;
import org.glutecheck.assessment.Assessment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The questionnaire, page by page. Each page posts every answer so far (its own inputs plus hidden
 * fields) and gets the next page back, so nothing about the visitor is kept on the server until the
 * final page saves the assessment. Every post must carry a current run token; a sitting that was
 * ended on this device gets the start page and none of its answers.
 */
@Controller
class QuestionnaireController {

	private final RunTokens tokens;

	private final DeviceReset reset;

	private final EmergencyCheck emergencyCheck;

	private final Submissions submissions;

	private final Pages pages;

	private final Validator validator;

	QuestionnaireController(RunTokens tokens, DeviceReset reset, EmergencyCheck emergencyCheck,
			Submissions submissions, Pages pages, Validator validator) {
		this.tokens = tokens;
		this.reset = reset;
		this.emergencyCheck = emergencyCheck;
		this.submissions = submissions;
		this.pages = pages;
		this.validator = validator;
	}

	@GetMapping("/")
	ModelAndView start(@RequestParam(required = false) String cleared) {
		return pages.start(false, cleared != null);
	}

	/** A new sitting: a fresh run token and the first page. */
	@PostMapping("/check/start")
	ModelAndView begin(Locale locale) {
		return pages.step(Step.first(), QuestionnaireForm.empty(tokens.start()), false, Map.of(), locale);
	}

	/** "Continue" or "Back" on a page of questions. */
	@PostMapping("/check/{path}")
	ModelAndView answer(@PathVariable String path, @RequestParam(required = false) String run,
			@ModelAttribute("answers") Answers answers, BindingResult ignoredTypos,
			@RequestParam(defaultValue = "next") String go, @RequestParam(defaultValue = "false") boolean review,
			HttpServletRequest request, Locale locale) {
		Step step = Step.byPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		QuestionnaireForm form = new QuestionnaireForm(run, answers);
		if (!current(form, request)) {
			return pages.start(true, false);
		}
		if ("back".equals(go)) {
			return step.previous().map(previous -> pages.step(previous, form, review, Map.of(), locale))
				.orElseGet(() -> pages.start(false, false));
		}
		return next(step, form, review, locale);
	}

	/** "Change" on the results or emergency page: that page of questions, with every answer kept. */
	@PostMapping("/check/change")
	ModelAndView change(@RequestParam(required = false) String run, @ModelAttribute("answers") Answers answers,
			BindingResult ignoredTypos, @RequestParam String to, @RequestParam(defaultValue = "false") boolean review,
			HttpServletRequest request, Locale locale) {
		Step step = Step.byPath(to).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		QuestionnaireForm form = new QuestionnaireForm(run, answers);
		if (!current(form, request)) {
			return pages.start(true, false);
		}
		return pages.step(step, form, review, Map.of(), locale);
	}

	/** Someone followed or reloaded a questionnaire address without its form: back to the start. */
	@GetMapping({ "/check", "/check/**" })
	String noForm() {
		return "redirect:/";
	}

	private ModelAndView next(Step step, QuestionnaireForm form, boolean review, Locale locale) {
		Map<String, String> problems = step.problems(form, validator);
		if (!problems.isEmpty()) {
			return pages.step(step, form, review, problems, locale);
		}
		if (step == Step.WARNING_SIGNS) {
			var emergency = emergencyCheck.emergency(form);
			if (emergency.isPresent()) {
				return pages.emergency(form, emergency.get());
			}
		}
		Optional<Step> next = review ? Optional.empty() : step.next();
		return next.map(following -> pages.step(following, form, false, Map.of(), locale))
			.orElseGet(() -> finish(form, locale));
	}

	/** The last page was answered: the result, or the first page that still lacks an answer. */
	private ModelAndView finish(QuestionnaireForm form, Locale locale) {
		Optional<Step> incomplete = Arrays.stream(Step.values()).filter(s -> !s.problems(form, validator).isEmpty()).findFirst();
		if (incomplete.isPresent()) {
			Step step = incomplete.get();
			return pages.step(step, form, false, step.problems(form, validator), locale);
		}
		Assessment assessment = submissions.assess(form.run(), form.answers());
		return pages.result(assessment, form, true, locale);
	}

	private boolean current(QuestionnaireForm form, HttpServletRequest request) {
		return tokens.startOf(form.run()).filter(started -> !reset.endedSince(started, request)).isPresent();
	}

}
