package org.glutecheck.questionnaire;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.glutecheck.answers.Answers;
import org.glutecheck.assessment.VersionedAssessment;
import org.glutecheck.rulebook.TriageLevel;
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
 * The questionnaire, page by page, as post/redirect/get: each page posts every answer so far (its
 * own inputs plus hidden fields), the answers are kept for the sitting ({@link Sittings}), and the
 * answer is a redirect to the next page's own address. So Back and Forward only ever ask for pages,
 * never resend a form, and each page shows the answers as they are now. The run token travels in
 * the forms and, for the GETs, in a cookie ({@link RunCookie}); a sitting that was ended on this
 * device gets the start page and none of its answers. No HTTP session is ever created.
 */
@Controller
class QuestionnaireController {

	private static final String EMERGENCY = "emergency";

	private static final String RESULT = "result";

	private final RunTokens tokens;

	private final DeviceReset reset;

	private final RunCookie runCookie;

	private final EmergencyCheck emergencyCheck;

	private final Sittings sittings;

	private final Pages pages;

	private final Validator validator;

	QuestionnaireController(RunTokens tokens, DeviceReset reset, RunCookie runCookie, EmergencyCheck emergencyCheck,
			Sittings sittings, Pages pages, Validator validator) {
		this.tokens = tokens;
		this.reset = reset;
		this.runCookie = runCookie;
		this.emergencyCheck = emergencyCheck;
		this.sittings = sittings;
		this.pages = pages;
		this.validator = validator;
	}

	@GetMapping("/")
	ModelAndView start(@RequestParam(required = false) String cleared, @RequestParam(required = false) String ended) {
		return pages.start(ended != null, cleared != null);
	}

	/** A new sitting: a fresh run token, and on to the first page. */
	@PostMapping("/check/start")
	String begin(HttpServletRequest request, HttpServletResponse response) {
		runCookie.set(sittings.start(), request, response);
		return redirect(Step.first(), false, false);
	}

	/** "Continue" or "Back" on a page of questions. */
	@PostMapping("/check/{path}")
	String answer(@PathVariable String path, @RequestParam(required = false) String run,
			@ModelAttribute("answers") Answers answers, BindingResult ignoredTypos,
			@RequestParam(defaultValue = "next") String go, @RequestParam(defaultValue = "false") boolean review,
			HttpServletRequest request, HttpServletResponse response) {
		Step step = Step.byPath(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		QuestionnaireForm form = new QuestionnaireForm(run, answers);
		if (!kept(form, request, response)) {
			return "redirect:/?ended";
		}
		if ("back".equals(go)) {
			return step.previous().map(previous -> redirect(previous, review, false)).orElse("redirect:/");
		}
		return next(step, form, review);
	}

	/** "Change" on the results or emergency page: that page of questions, with every answer kept. */
	@PostMapping("/check/change")
	String change(@RequestParam(required = false) String run, @ModelAttribute("answers") Answers answers,
			BindingResult ignoredTypos, @RequestParam String to, @RequestParam(defaultValue = "false") boolean review,
			HttpServletRequest request, HttpServletResponse response) {
		Step step = Step.byPath(to).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		QuestionnaireForm form = new QuestionnaireForm(run, answers);
		return kept(form, request, response) ? redirect(step, review, false) : "redirect:/?ended";
	}

	/** A page of the sitting, as it is now: a step (with its problems, after a Continue that had some), the emergency page or the result. */
	@GetMapping("/check/{path}")
	ModelAndView show(@PathVariable String path, @RequestParam(defaultValue = "false") boolean review,
			@RequestParam(defaultValue = "false") boolean problems, HttpServletRequest request, Locale locale) {
		Optional<QuestionnaireForm> form = sitting(request);
		if (form.isEmpty()) {
			return new ModelAndView("redirect:/");
		}
		return switch (path) {
			case EMERGENCY -> emergency(form.get());
			case RESULT -> result(form.get(), locale);
			default -> Step.byPath(path)
				.map(step -> pages.step(step, form.get(), review, problems ? step.problems(form.get(), validator) : Map.of(),
						locale))
				.orElseGet(() -> new ModelAndView("redirect:/"));
		};
	}

	/** Someone followed a questionnaire address that is no page: back to the start. */
	@GetMapping({ "/check", "/check/*/**" })
	String noForm() {
		return "redirect:/";
	}

	private String next(Step step, QuestionnaireForm form, boolean review) {
		if (!step.problems(form, validator).isEmpty()) {
			return redirect(step, review, true);
		}
		if (step == Step.WARNING_SIGNS && emergencyCheck.emergency(form).isPresent()) {
			sittings.emergency(form.run(), form.answers());
			return "redirect:/check/" + EMERGENCY;
		}
		Optional<Step> next = review ? Optional.empty() : step.next();
		return next.map(following -> redirect(following, false, false)).orElseGet(() -> finish(form));
	}

	/** The last page was answered: the result, or the first page that still lacks an answer. */
	private String finish(QuestionnaireForm form) {
		Optional<Step> incomplete = Arrays.stream(Step.values()).filter(s -> !s.problems(form, validator).isEmpty()).findFirst();
		if (incomplete.isPresent()) {
			return redirect(incomplete.get(), false, true);
		}
		sittings.finish(form.run(), form.answers());
		return "redirect:/check/" + RESULT;
	}

	private ModelAndView emergency(QuestionnaireForm form) {
		return sittings.latest(form.run())
			.map(VersionedAssessment::assessment)
			.filter(made -> made.triage().level() == TriageLevel.EMERGENCY)
			.map(made -> pages.emergency(form, made))
			.orElseGet(() -> new ModelAndView(redirect(Step.first(), false, false)));
	}

	private ModelAndView result(QuestionnaireForm form, Locale locale) {
		return sittings.latest(form.run())
			.map(made -> resultPage(made, form.run(), locale))
			.orElseGet(() -> new ModelAndView(redirect(Step.first(), false, false)));
	}

	private ModelAndView resultPage(VersionedAssessment made, String run, Locale locale) {
		return pages.result(made, new QuestionnaireForm(run, made.assessment().answers()), true, locale);
	}

	/** The sitting of this device, from the run cookie, if it is current and known. */
	private Optional<QuestionnaireForm> sitting(HttpServletRequest request) {
		return runCookie.read(request)
			.filter(run -> current(run, request))
			.flatMap(run -> sittings.answers(run).map(answers -> new QuestionnaireForm(run, answers)));
	}

	/** Keeps a current sitting's answers (and its run in the cookie); false when the sitting was ended. */
	private boolean kept(QuestionnaireForm form, HttpServletRequest request, HttpServletResponse response) {
		if (!current(form.run(), request)) {
			return false;
		}
		sittings.answered(form.run(), form.answers());
		runCookie.set(form.run(), request, response);
		return true;
	}

	private boolean current(String run, HttpServletRequest request) {
		return tokens.startOf(run).filter(started -> !reset.endedSince(started, request)).isPresent();
	}

	private static String redirect(Step step, boolean review, boolean problems) {
		String query = (review ? "&review=true" : "") + (problems ? "&problems=true" : "");
		return "redirect:/check/" + step.path() + (query.isEmpty() ? "" : "?" + query.substring(1));
	}

}
