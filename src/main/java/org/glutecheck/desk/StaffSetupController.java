package org.glutecheck.desk;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The page behind the one-time setup link: makes the first staff account ({@link StaffSetup}). */
@Controller
class StaffSetupController {

	static final String SETUP = "/desk/setup";

	private final StaffSetup setup;

	StaffSetupController(StaffSetup setup) {
		this.setup = setup;
	}

	@GetMapping(SETUP)
	ModelAndView form(@RequestParam(defaultValue = "") String token) {
		return setup.valid(token) ? page(token, null) : spent();
	}

	@PostMapping(SETUP)
	ModelAndView create(@RequestParam String token, @RequestParam String username, @RequestParam String password,
			@RequestParam String repeat) {
		if (!setup.valid(token)) {
			return spent();
		}
		if (!password.equals(repeat)) {
			return page(token, "desk.setup.error.repeat").addObject("username", username);
		}
		try {
			return setup.createFirst(token, username, password) ? new ModelAndView("redirect:/desk/sign-in?created")
					: spent();
		}
		catch (IllegalArgumentException refused) {
			// The account rules (username characters, password length) are StaffAccounts' own.
			return page(token, StaffAccounts.wellFormed(username) ? "desk.setup.error.password"
					: "desk.setup.error.username").addObject("username", username);
		}
	}

	private static ModelAndView page(String token, String problem) {
		return new ModelAndView("desk/setup").addObject("token", token)
			.addObject("problem", problem)
			.addObject("minLength", StaffAccounts.MIN_PASSWORD_LENGTH);
	}

	/** An unknown, used or expired link, or there is already an account: the same page for each. */
	private static ModelAndView spent() {
		ModelAndView page = new ModelAndView("desk/setup-spent");
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

}
