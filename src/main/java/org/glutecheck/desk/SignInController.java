package org.glutecheck.desk;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The staff sign-in page. Spring Security handles the form's post; this page only says what
 * happened last: a wrong username or password (with the username filled in again), a pause after
 * too many, a sign-out, or a first account just made.
 */
@Controller
class SignInController {

	/** The longest pause the page will speak of, whatever the address says. */
	private static final int MAX_WAIT_MINUTES = 24 * 60;

	@GetMapping(DeskSecurityConfiguration.SIGN_IN)
	ModelAndView signIn(@RequestParam(required = false) String error, @RequestParam(required = false) Integer wait,
			@RequestParam(name = "signed-out", required = false) String signedOut,
			@RequestParam(required = false) String created,
			@CookieValue(name = SignInFailures.USERNAME_COOKIE, required = false) String lastUsername) {
		boolean failed = error != null || wait != null;
		return new ModelAndView("desk/sign-in").addObject("wrong", error != null && wait == null)
			.addObject("username", failed && lastUsername != null && StaffAccounts.wellFormed(lastUsername) ? lastUsername : null)
			.addObject("created", created != null)
			.addObject("waitMinutes", wait == null ? null : Math.min(Math.max(wait, 1), MAX_WAIT_MINUTES))
			.addObject("signedOut", signedOut != null);
	}

}
