package org.glutecheck.bench.anchor;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark anchor: what a bare Spring Boot app costs for the same kind of work as Glute
 * Check's results page and its POST /api/v1/assessments. Nothing here is tuned; it is Spring Boot's
 * default configuration, so the ratio app/anchor says how much the app adds on top of the framework.
 */
@SpringBootApplication
public class AnchorApplication {

	public static void main(String[] args) {
		SpringApplication.run(AnchorApplication.class, args);
	}

	/** The same answer document as the app's contract (docs/assessment-api.md), codes kept as text. */
	record Answers(String ageBand, String sex, String side, List<String> locations, List<String> qualities,
			Integer severity, String duration, String onset, String pattern, String course, List<String> aggravators,
			List<String> relievers, List<String> context, List<String> symptoms, List<String> redFlags,
			Boolean noWarningSigns) {
	}

	record Saved(String reference, Instant createdAt, Answers answers) {
	}

	record Item(String text) {
	}

	record Source(String title, String url) {
	}

	/** One card of the page: heading, match, then lists and paragraphs, like a cause on the results page. */
	record Card(String id, String name, int score, String match, List<Item> evidenceFor, List<Item> evidenceAgainst,
			String explanation, List<Item> selfCare, List<Item> seeAClinicianIf, List<Source> sources) {
	}

	@Controller
	static class Pages {

		private static final String SENTENCE = "Pain deep in the buttock that is worse after sitting and eases when you walk around for a while";

		private final List<Card> cards = cards();

		@GetMapping("/results/{reference}")
		ModelAndView result(@PathVariable String reference) {
			return new ModelAndView("result").addObject("reference", reference)
				.addObject("cards", cards)
				.addObject("headline", "Book an appointment with a clinician")
				.addObject("advice", SENTENCE + ". " + SENTENCE + ".")
				.addObject("createdOn", "1 December 2026");
		}

		private static List<Card> cards() {
			List<Card> cards = new ArrayList<>();
			for (int i = 1; i <= 10; i++) {
				cards.add(new Card("CAUSE_" + i, "Possible cause number " + i, 100 - 7 * i, i < 4 ? "STRONG" : "WEAK",
						items("fits", 6), items("does not fit", 2), SENTENCE + ". " + SENTENCE + ". " + SENTENCE + ".",
						items("self-care", 4), items("see a clinician", 3),
						List.of(new Source("A review of causes, number " + i, "https://example.org/review/" + i),
								new Source("Patient information, number " + i, "https://example.org/info/" + i))));
			}
			return List.copyOf(cards);
		}

		private static List<Item> items(String kind, int count) {
			List<Item> items = new ArrayList<>();
			for (int i = 1; i <= count; i++) {
				items.add(new Item(kind + " " + i + ": " + SENTENCE + "."));
			}
			return List.copyOf(items);
		}

	}

	@Controller
	static class Api {

		private final JdbcTemplate jdbc;

		private final JsonMapper json;

		Api(JdbcTemplate jdbc, JsonMapper json) {
			this.jdbc = jdbc;
			this.json = json;
		}

		@PostMapping(path = "/api/v1/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
				produces = MediaType.APPLICATION_JSON_VALUE)
		@ResponseBody
		ResponseEntity<Saved> create(@RequestBody Answers answers) {
			String reference = UUID.randomUUID().toString();
			Instant now = Instant.now();
			jdbc.update("insert into assessment (reference, created_at, answers) values (?, ?, ?)", reference,
					java.sql.Timestamp.from(now), json.writeValueAsString(answers));
			return ResponseEntity.created(URI.create("/api/v1/assessments/" + reference))
				.body(new Saved(reference, now, answers));
		}

		@GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
		@ResponseBody
		Map<String, String> health() {
			return Map.of("status", "UP");
		}

	}

}
