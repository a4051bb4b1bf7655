package org.glutecheck.questionnaire;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The privacy page: what is kept, where, for how long and who sees it, in plain words. */
@Controller
class PrivacyController {

	@GetMapping("/privacy")
	String privacy() {
		return "privacy";
	}

}
