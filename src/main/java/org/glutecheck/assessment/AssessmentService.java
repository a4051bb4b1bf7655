package org.glutecheck.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.glutecheck.answers.Answers;
import org.glutecheck.rulebook.ConditionScorer;
import org.glutecheck.rulebook.Rulebook;
import org.glutecheck.rulebook.ScoredCondition;
import org.glutecheck.rulebook.ScoredConsideration;
import org.glutecheck.rulebook.TriageLevel;
import org.glutecheck.triage.Triage;
import org.glutecheck.triage.TriageService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns answers into a saved assessment, finds saved ones by reference, and lists them for the
 * clinic desk. Saving is durable: once {@link #assess} returns, the assessment survives a crash.
 * Every save publishes {@link AssessmentSaved} in the same transaction, so whatever reacts to it
 * (the desk's alert) hears of every saved assessment and of nothing that was rolled back.
 */
@Service
public class AssessmentService {

	/** How many versions of one assessment are followed at most: a person changes a result a few times. */
	private static final int MAX_HISTORY = 50;

	private final Rulebook rulebook;

	private final ConditionScorer scorer;

	private final TriageService triageService;

	private final AssessmentRepository repository;

	private final AssessmentRenderer renderer;

	private final JsonMapper json;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AssessmentService(Rulebook rulebook, ConditionScorer scorer, TriageService triageService,
			AssessmentRepository repository, AssessmentRenderer renderer, JsonMapper json, Clock clock,
			ApplicationEventPublisher events) {
		this.rulebook = rulebook;
		this.scorer = scorer;
		this.triageService = triageService;
		this.repository = repository;
		this.renderer = renderer;
		this.json = json;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Assesses the answers and saves what was decided (not its texts); once this returns, the
	 * reference is valid. The result is rendered from the saved outcome, exactly as {@link #find} will.
	 */
	@Transactional
	public Assessment assess(Answers answers) {
		return assess(answers, readerLanguage());
	}

	/** As {@link #assess(Answers)}, its texts in this language (null: English). */
	@Transactional
	public Assessment assess(Answers answers, Locale language) {
		return save(answers, scorer.rank(answers), scorer.considerAlso(answers), language);
	}

	/**
	 * Saves what a person answered before the questionnaire stopped at an emergency: the answers so
	 * far (often only the warning signs), triaged as they are, with no causes ranked, as the questions
	 * that rank them were never asked. Nothing is made up: the answers are not the complete set the
	 * JSON API requires (no place that hurts, for one), and the assessment says so by its empty
	 * {@link Answers#locations()}. Saved, listed and found like any other assessment.
	 */
	@Transactional
	public Assessment assessUnfinished(Answers answersSoFar) {
		return save(answersSoFar, List.of(), List.of(), readerLanguage());
	}

	private Assessment save(Answers answers, List<ScoredCondition> ranked, List<ScoredConsideration> considered,
			Locale language) {
		Triage triage = triageService.triage(answers, ranked, considered);
		Outcome outcome = Outcome.of(answers, ranked, considered, triage);
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Assessment assessment = renderer.render(Reference.random(), now, rulebook.version(), triage.level(), answers,
				outcome, language);
		repository.saveAndFlush(new StoredAssessment(assessment, json.writeValueAsString(answers),
				json.writeValueAsString(outcome)));
		events.publishEvent(new AssessmentSaved(assessment.reference(), assessment.createdAt(), triage.level()));
		return assessment;
	}

	/**
	 * Records that the assessment {@code later} replaces {@code earlier}, made from the same
	 * person's changed answers: the later one names the earlier, and the earlier leads to the later.
	 */
	@Transactional
	public void supersede(String earlier, String later) {
		repository.markSupersedes(later, earlier);
		repository.markSupersededBy(earlier, later);
	}

	/** The earlier versions that the assessment with this reference replaced, newest first. */
	@Transactional(readOnly = true)
	public List<AssessmentSummary> history(String reference) {
		List<AssessmentSummary> earlier = new ArrayList<>();
		Optional<AssessmentSummary> version = summary(reference).map(AssessmentSummary::supersedes)
			.flatMap(repository::findSummary);
		while (version.isPresent() && earlier.size() < MAX_HISTORY) {
			earlier.add(version.get());
			version = Optional.ofNullable(version.get().supersedes()).flatMap(repository::findSummary);
		}
		return earlier;
	}

	/** The newest version of the assessment with this reference, when a newer one replaced it. */
	@Transactional(readOnly = true)
	public Optional<String> newestVersion(String reference) {
		Optional<String> newer = summary(reference).map(AssessmentSummary::supersededBy);
		String newest = null;
		for (int hops = 0; newer.isPresent() && hops < MAX_HISTORY; hops++) {
			newest = newer.get();
			newer = repository.findSummary(newest).map(AssessmentSummary::supersededBy);
		}
		return Optional.ofNullable(newest);
	}

	/** The saved assessment with this reference, typed in any of the forms a person may use. */
	@Transactional(readOnly = true)
	public Optional<Assessment> find(String reference) {
		return find(reference, readerLanguage());
	}

	/**
	 * As {@link #find(String)}, its texts in this language (null: English): the same saved record
	 * reads in the language of whoever opens it.
	 */
	@Transactional(readOnly = true)
	public Optional<Assessment> find(String reference, Locale language) {
		return Reference.normalize(reference)
			.flatMap(repository::findByReference)
			.map(stored -> read(stored, language));
	}

	/**
	 * The language of the request being answered (set by the web layer from the reader's choice or
	 * Accept-Language); English outside a request.
	 */
	private static Locale readerLanguage() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		return context == null ? null : context.getLocale();
	}

	private Assessment read(StoredAssessment stored, Locale language) {
		// Saved whole by an earlier version and not recoverable as an outcome (V7): shown as saved, in
		// English, the only language it was ever written in.
		if (stored.getDocument() != null) {
			return json.readValue(stored.getDocument(), Assessment.class);
		}
		return renderer.render(stored.getReference(), stored.getCreatedAt(), stored.getRulebookVersion(),
				stored.getTriageLevel(), json.readValue(stored.getAnswers(), Answers.class),
				json.readValue(stored.getOutcome(), Outcome.class), language);
	}

	/**
	 * The assessments made at or after {@code from} and before {@code to}, newest first, at most
	 * {@code limit} of them; only those at one of {@code levels} unless that is empty.
	 */
	@Transactional(readOnly = true)
	public List<AssessmentSummary> list(Instant from, Instant to, Collection<TriageLevel> levels, int limit) {
		return levels.isEmpty() ? repository.findCreatedBetween(from, to, Limit.of(limit))
				: repository.findCreatedBetween(from, to, levels, Limit.of(limit));
	}

	/** The list line of the assessment with this reference (its times and levels, not its document). */
	@Transactional(readOnly = true)
	public Optional<AssessmentSummary> summary(String reference) {
		return Reference.normalize(reference).flatMap(repository::findSummary);
	}

	/**
	 * Records that clinic staff have seen the assessment; the first time is kept. False when there is
	 * no assessment with this reference (never made, mistyped, or already deleted by retention).
	 */
	@Transactional
	public boolean markSeen(String reference) {
		return Reference.normalize(reference)
			.map(canonical -> repository.markSeen(canonical, clock.instant()) > 0
					|| repository.existsByReference(canonical))
			.orElse(false);
	}

	/**
	 * Deletes the assessment at its owner's request, so nobody (clinic staff included) can open it
	 * again. False when there is no assessment with this reference.
	 */
	@Transactional
	public boolean delete(String reference) {
		return Reference.normalize(reference).map(repository::deleteByReference).orElse(0) > 0;
	}

}
