package org.glutecheck.questionnaire;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Start again", "Hand the tablet back" and the clinic tablet's automatic reset: marks the device as
 * reset so that no earlier sitting's form is accepted again, asks the browser to drop what it kept,
 * and returns to the start. A plain link (and a refresh without JavaScript) can reach it. The
 * header's "Start again" first asks (a script's dialog, or without script the page below), as one
 * tap there must not wipe a half-filled questionnaire.
 */
@Controller
class ResetController {

	private final DeviceReset reset;

	private final RunCookie runCookie;

	private final Sittings sittings;

	private final CheckInCookie checkInCookie;

	private final CheckIns checkIns;

	ResetController(DeviceReset reset, RunCookie runCookie, Sittings sittings, CheckInCookie checkInCookie,
			CheckIns checkIns) {
		this.reset = reset;
		this.runCookie = runCookie;
		this.sittings = sittings;
		this.checkInCookie = checkInCookie;
		this.checkIns = checkIns;
	}

	/** Also deletes the answers the sitting and the check-in on this device kept between their pages. */
	@GetMapping("/start-again")
	String startAgain(HttpServletRequest request, HttpServletResponse response) {
		runCookie.read(request).ifPresent(sittings::end);
		runCookie.clear(request, response);
		checkInCookie.read(request).ifPresent(checkIns::end);
		checkInCookie.clear(request, response);
		reset.reset(request, response);
		return "redirect:/?cleared";
	}

	/** "Clear your answers?" On a clinic tablet it clears itself when left, as the answers are one Back away. */
	@GetMapping("/start-again/confirm")
	ModelAndView confirm() {
		return new ModelAndView("start-again").addObject("showsAnswers", true).addObject("asking", true);
	}

}
