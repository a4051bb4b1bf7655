package org.glutecheck.questionnaire;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Start again", "Hand the tablet back" and the clinic tablet's automatic reset: marks the device as
 * reset so that no earlier sitting's form is accepted again, asks the browser to drop what it kept,
 * and returns to the start. A plain link (and a refresh without JavaScript) can reach it.
 */
@Controller
class ResetController {

	private final DeviceReset reset;

	ResetController(DeviceReset reset) {
		this.reset = reset;
	}

	@GetMapping("/start-again")
	String startAgain(HttpServletRequest request, HttpServletResponse response) {
		reset.reset(request, response);
		return "redirect:/?cleared";
	}

}
