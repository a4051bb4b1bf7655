package org.glutecheck.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the one page layout needs on every page, error pages included. */
@ControllerAdvice(annotations = Controller.class)
@EnableConfigurationProperties({ KioskProperties.class, ClinicTimeZone.class })
class PageModelAdvice {

	private final KioskProperties kiosk;

	PageModelAdvice(KioskProperties kiosk) {
		this.kiosk = kiosk;
	}

	@ModelAttribute("kiosk")
	KioskProperties kiosk() {
		return kiosk;
	}

}
