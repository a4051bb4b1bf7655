package org.glutecheck.desk;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an open desk page polls: a few numbers and a version that changes whenever today's list
 * does (a new assessment, or one marked seen), so the page fetches the list again only then.
 */
@RestController
class DeskUpdatesController {

	private final Desk desk;

	DeskUpdatesController(Desk desk) {
		this.desk = desk;
	}

	@GetMapping(path = "/desk/updates", produces = MediaType.APPLICATION_JSON_VALUE)
	Desk.Day updates() {
		return desk.day();
	}

}
