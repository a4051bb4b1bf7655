package org.glutecheck.desk;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, for the desk pages' header; and that these are staff pages, without the public footer. */
@ControllerAdvice(assignableTypes = { DeskController.class, DeskExportController.class, SignInController.class,
		StaffSetupController.class })
class StaffModelAdvice {

	@ModelAttribute("staffPage")
	boolean staffPage() {
		return true;
	}

	@ModelAttribute("staff")
	String staff(Principal principal) {
		return principal == null ? null : principal.getName();
	}

}
