package org.glutecheck.desk;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, for the desk pages' header. */
@ControllerAdvice(assignableTypes = { DeskController.class, DeskExportController.class })
class StaffModelAdvice {

	@ModelAttribute("staff")
	String staff(Principal principal) {
		return principal == null ? null : principal.getName();
	}

}
