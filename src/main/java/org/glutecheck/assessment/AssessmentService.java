package org.glutecheck.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.FollowUpAnswers;
import org.glutecheck.answers.RedFlag;
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
 * Turns answers into a saved assessment, adds the person's later check-ins to it, finds saved ones
 * by reference, and lists them for the clinic desk. Saving is durable: once {@link #assess} or
 * {@link #addFollowUp} returns, what it saved survives a crash.
 * Every save publishes {@link AssessmentSaved}, and every check-in {@link FollowUpAdded}, in the same
 * transaction, so whatever reacts to them (the desk's alert) hears of everything saved and of
 * nothing that was rolled back.
 */
@Service
public class AssessmentService {

	/** How many versions of one assessment are followed at most: a person changes a result a few times. */
	private static final int MAX_HISTORY = 50;

	/**
	 * How many check-ins one assessment takes: one a day for the 30 days an assessment is kept by
	 * default. A pain that goes on longer is worth a new questionnaire, and the bound keeps one
	 * reference from growing without end. Public, so the pages can say so before a person starts one.
	 */
	public static final int MAX_FOLLOW_UPS = 30;

	private final Rulebook rulebook;

	private final ConditionScorer scorer;

	private final TriageService triageService;

	private final AssessmentRepository repository;

	private final AssessmentRenderer renderer;

	private final SavedAssessments saved;

	private final FollowUpRepository followUps;

	private final FollowUpTriage followUpTriage;

	private final JsonMapper json;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AssessmentService(Rulebook rulebook, ConditionScorer scorer, TriageService triageService,
			AssessmentRepository repository, AssessmentRenderer renderer, SavedAssessments saved,
			FollowUpRepository followUps, FollowUpTriage followUpTriage, JsonMapper json, Clock clock,
			ApplicationEventPublisher events) {
		this.rulebook = rulebook;
		this.scorer = scorer;
		this.triageService = triageService;
		this.repository = repository;
		this.renderer = renderer;
		this.saved = saved;
		this.followUps = followUps;
		this.followUpTriage = followUpTriage;
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
		Outcome outcome = Outcome.of(ranked, considered, triage);
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Assessment assessment = renderer.render(Reference.random(), now, rulebook.version(), triage.level(), answers,
				outcome, language);
		repository.saveAndFlush(new StoredAssessment(assessment, json.writeValueAsString(answers),
				json.writeValueAsString(outcome)));
		events.publishEvent(new AssessmentSaved(assessment.reference(), assessment.createdAt(), triage.level()));
		return assessment;
	}

	/**
	 * Adds a check-in ("how is it now?") to the assessment with this reference, typed in any of the
	 * forms a person may use, and decides its triage again with the live rulebook ({@link FollowUpTriage}):
	 * the level after it is the higher of the level before and the one decided, never lower. Saved
	 * before this returns, and {@link FollowUpAdded} is published in the same transaction. Returns the
	 * assessment as {@link #find} will read it from now on, its texts in the reader's language.
	 * <p>
	 * The check-in must answer the warning signs one way or the other. A check-in that stopped at an
	 * emergency warning sign before its other questions were asked ({@link FollowUpAnswers#stoppedAt})
	 * is saved like any other.
	 *
	 * @throws UnknownAssessmentException when no assessment has this reference (a lookup that found nothing)
	 * @throws SupersededAssessmentException when the person has replaced this assessment by a newer one
	 * @throws TooManyFollowUpsException when it already has {@value #MAX_FOLLOW_UPS} check-ins
	 * @throws IllegalArgumentException when the warning signs are not answered either way
	 */
	@Transactional
	public Assessment addFollowUp(String reference, FollowUpAnswers checkIn) {
		return addFollowUp(reference, checkIn, readerLanguage());
	}

	/** As {@link #addFollowUp(String, FollowUpAnswers)}, its texts in this language (null: English). */
	@Transactional
	public Assessment addFollowUp(String reference, FollowUpAnswers checkIn, Locale language) {
		if (!checkIn.isWarningSignsAnswered() || !checkIn.isNoWarningSignsConsistent()) {
			throw new IllegalArgumentException("A check-in answers the warning signs one way or the other");
		}
		StoredAssessment stored = Reference.normalize(reference)
			.flatMap(repository::findForUpdate)
			.orElseThrow(() -> new UnknownAssessmentException(reference));
		List<FollowUpAnswers> earlier = checkInsOn(stored);
		requireOpenToCheckIns(stored, earlier.size());
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		FollowUpDecision decision = decide(stored, earlier, checkIn, now);
		TriageLevel before = stored.getTriageLevel();
		followUps.save(new StoredFollowUp(stored.getId(), now, json.writeValueAsString(checkIn), rulebook.version(),
				before, decision.level(), json.writeValueAsString(decision.reasons()), decision.leadingCondition()));
		stored.raiseTriageTo(decision.level());
		repository.flush();
		events.publishEvent(new FollowUpAdded(stored.getReference(), now, before, stored.getTriageLevel()));
		return saved.assessment(stored, followUps.findByAssessmentIdOrderByIdAsc(stored.getId()), language);
	}

	/**
	 * Whether a check-in with these warning signs is an emergency, together with everything reported
	 * before it (the assessment's and the earlier check-ins' warning signs and symptoms, so that a
	 * fever then and worsening weakness now count together). The pages ask this when the warning
	 * signs are answered and, as on the first page, stop there at an emergency: they save the
	 * check-in with {@link #addFollowUp} and {@link FollowUpAnswers#stoppedAt}. Nothing is saved here.
	 *
	 * @throws UnknownAssessmentException when no assessment has this reference
	 */
	@Transactional(readOnly = true)
	public boolean isEmergencyAtCheckIn(String reference, List<RedFlag> redFlags) {
		StoredAssessment stored = Reference.normalize(reference)
			.flatMap(repository::findByReference)
			.orElseThrow(() -> new UnknownAssessmentException(reference));
		return decide(stored, checkInsOn(stored), FollowUpAnswers.stoppedAt(redFlags), clock.instant())
			.level() == TriageLevel.EMERGENCY;
	}

	/** What the rules decide at this check-in, made at {@code now}, after the earlier ones. */
	private FollowUpDecision decide(StoredAssessment stored, List<FollowUpAnswers> earlier, FollowUpAnswers checkIn,
			Instant now) {
		List<FollowUpAnswers> checkIns = new ArrayList<>(earlier);
		checkIns.add(checkIn);
		return followUpTriage.decide(saved.answersOf(stored), checkIns, Duration.between(stored.getCreatedAt(), now));
	}

	/** The check-ins on the assessment so far, oldest first. */
	private List<FollowUpAnswers> checkInsOn(StoredAssessment stored) {
		return followUps.findByAssessmentIdOrderByIdAsc(stored.getId()).stream().map(saved::answersOf).toList();
	}

	/** A check-in goes on the version the person reads now, and on one with room for it. */
	private void requireOpenToCheckIns(StoredAssessment stored, int checkIns) {
		if (stored.getSupersededBy() != null) {
			throw new SupersededAssessmentException(stored.getReference(),
					newestVersion(stored.getReference()).orElse(stored.getSupersededBy()));
		}
		if (checkIns >= MAX_FOLLOW_UPS) {
			throw new TooManyFollowUpsException(stored.getReference(), MAX_FOLLOW_UPS);
		}
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
		return Optional.ofNullable(newestFrom(summary(reference).map(AssessmentSummary::supersededBy).orElse(null)));
	}

	/** The newest version, following the chain from the version that replaced one ({@code newer}; null: none). */
	private String newestFrom(String newer) {
		String newest = null;
		Optional<String> next = Optional.ofNullable(newer);
		for (int hops = 0; next.isPresent() && hops < MAX_HISTORY; hops++) {
			newest = next.get();
			next = repository.findSummary(newest).map(AssessmentSummary::supersededBy);
		}
		return newest;
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
		return saved.read(reference, (stored, checkIns) -> saved.assessment(stored, checkIns, language));
	}

	/**
	 * As {@link #find(String)}, with the earlier version it replaced and the newest that replaced it:
	 * what a results page shows, in one read (the chain of newer versions is followed only when there is one).
	 */
	@Transactional(readOnly = true)
	public Optional<VersionedAssessment> findVersioned(String reference) {
		return saved.read(reference,
				(stored, checkIns) -> new VersionedAssessment(saved.assessment(stored, checkIns, readerLanguage()),
						stored.getSupersedes(), newestFrom(stored.getSupersededBy())));
	}

	/**
	 * The language of the request being answered (set by the web layer from the reader's choice or
	 * Accept-Language); English outside a request.
	 */
	private static Locale readerLanguage() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		return context == null ? null : context.getLocale();
	}

	/**
	 * The triage the assessment with this reference was made with, before any check-in raised it, its
	 * texts in this language (null: English): its triage now when nobody has checked in. The pages
	 * compare it with each check-in's triage to say which check-in raised the level, and why.
	 */
	@Transactional(readOnly = true)
	public Optional<Triage> firstTriage(String reference, Locale language) {
		return saved.read(reference, (stored, checkIns) -> saved.firstVersion(stored, checkIns, language).triage());
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
