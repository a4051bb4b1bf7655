package org.glutecheck.questionnaire;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.glutecheck.answers.FollowUpAnswers;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Check-ins ("how is it now?") in progress: what each has answered, kept between its pages on the
 * server (a {@link CheckInDraft}, found by a hash of its run token) so that every page can be shown
 * again by GET, and saving it on its result once however often it is sent. The same check-in sent
 * again (a reload, a double tap, Back then the same answers) shows the result it already updated;
 * changed answers are a new check-in, as what the person says now.
 */
@Service
class CheckIns {

	private final CheckInDraftRepository drafts;

	private final AssessmentService assessments;

	private final JsonMapper json;

	private final Clock clock;

	private final RunTokens tokens;

	/** How long a check-in's draft is kept: as long as it may post, and a little more. */
	private final Duration remembered;

	CheckIns(CheckInDraftRepository drafts, AssessmentService assessments, JsonMapper json, Clock clock,
			RunTokens tokens) {
		this.drafts = drafts;
		this.assessments = assessments;
		this.json = json;
		this.clock = clock;
		this.tokens = tokens;
		this.remembered = tokens.maxAge().plusHours(1);
	}

	/** A new check-in on the result with this reference: its run token. Sweeps check-ins that can no longer post. */
	@Transactional
	String start(String reference) {
		drafts.deleteOlderThan(clock.instant().minus(remembered));
		String run = tokens.start();
		drafts.save(new CheckInDraft(RunTokens.key(run), reference, write(CheckInForm.nothingAnswered()),
				clock.instant()));
		return run;
	}

	/** The check-in with this run token as its pages last sent it; empty when it is not known (never started, ended, or swept). */
	@Transactional(readOnly = true)
	Optional<CheckInForm> form(String run) {
		return drafts.findById(RunTokens.key(run))
			.map(draft -> new CheckInForm(run, draft.reference(), read(draft.answers())));
	}

	/** The check-in this sitting saved last, if it saved one. */
	@Transactional(readOnly = true)
	Optional<FollowUpAnswers> saved(String run) {
		return drafts.findById(RunTokens.key(run)).flatMap(CheckInDraft::savedAnswers).map(this::read);
	}

	/** Keeps the answers a page sent: everything so far, as the page's form carries all of it. */
	@Transactional
	void answered(String run, FollowUpAnswers answers) {
		drafts.findById(RunTokens.key(run)).ifPresent(draft -> {
			draft.answered(write(answers), clock.instant());
			drafts.save(draft);
		});
	}

	/**
	 * Saves the check-in on its result, once: the same check-in sent again by this sitting, at the
	 * same moment or later, returns the result as it is, without saving it twice (the draft stays
	 * locked while one is saved). Throws what {@link AssessmentService#addFollowUp} throws.
	 */
	@Transactional
	Assessment save(String run, FollowUpAnswers checkIn) {
		CheckInDraft draft = drafts.findForUpdate(RunTokens.key(run))
			.orElseThrow(() -> new IllegalStateException("No draft for this check-in"));
		Optional<Assessment> sentAgain = draft.savedAnswers()
			.filter(saved -> read(saved).equals(checkIn))
			.flatMap(saved -> assessments.find(draft.reference()));
		if (sentAgain.isPresent()) {
			return sentAgain.get();
		}
		Assessment updated = assessments.addFollowUp(draft.reference(), checkIn);
		draft.saved(write(checkIn), clock.instant());
		return updated;
	}

	/** The person replaced the result while checking in: the check-in goes on its newest version. */
	@Transactional
	void moveTo(String run, String newestReference) {
		drafts.findById(RunTokens.key(run)).ifPresent(draft -> draft.movedTo(newestReference, clock.instant()));
	}

	/** "Start again": the check-in's answers are deleted. */
	@Transactional
	void end(String run) {
		drafts.deleteById(RunTokens.key(run));
	}

	/** "Delete my result": the check-ins in progress on it go too. */
	@Transactional
	void forget(String reference) {
		drafts.deleteByReference(reference);
	}

	private String write(FollowUpAnswers answers) {
		return json.writeValueAsString(answers);
	}

	private FollowUpAnswers read(String answers) {
		return json.readValue(answers, FollowUpAnswers.class);
	}

}
