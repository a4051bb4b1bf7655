package org.glutecheck.questionnaire;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.glutecheck.answers.Answers;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.AssessmentSummary;
import org.glutecheck.assessment.VersionedAssessment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * What one sitting of the questionnaire has answered and made, kept between its pages on the
 * server (a {@link Draft}, found by a hash of the run token) so that every page can be shown again
 * by GET. Each result the sitting makes supersedes the one it made before, so a changed result has
 * a new code that names the old one, and the desk shows one row per person.
 */
@Service
class Sittings {

	private final DraftRepository drafts;

	private final Submissions submissions;

	private final AssessmentService assessments;

	private final JsonMapper json;

	private final Clock clock;

	private final RunTokens tokens;

	/** How long a sitting's draft is kept: as long as it may post, and a little more. */
	private final Duration remembered;

	Sittings(DraftRepository drafts, Submissions submissions, AssessmentService assessments, JsonMapper json,
			Clock clock, RunTokens tokens) {
		this.drafts = drafts;
		this.submissions = submissions;
		this.assessments = assessments;
		this.json = json;
		this.clock = clock;
		this.tokens = tokens;
		this.remembered = tokens.maxAge().plusHours(1);
	}

	/** A new sitting with nothing answered: its run token. Sweeps the sittings that can no longer post. */
	@Transactional
	String start() {
		drafts.deleteOlderThan(clock.instant().minus(remembered));
		String run = tokens.start();
		drafts.save(new Draft(RunTokens.key(run), json.writeValueAsString(QuestionnaireForm.empty(run).answers()), clock.instant()));
		return run;
	}

	/** What the sitting has answered so far; empty when it is not known (never started, ended, or swept). */
	@Transactional(readOnly = true)
	Optional<Answers> answers(String run) {
		return drafts.findById(RunTokens.key(run)).map(draft -> json.readValue(draft.answers(), Answers.class));
	}

	/** Keeps the answers a page sent: everything so far, as the page's form carries all of it. */
	@Transactional
	void answered(String run, Answers answers) {
		Draft draft = drafts.findById(RunTokens.key(run)).orElseGet(() -> new Draft(RunTokens.key(run), "", clock.instant()));
		draft.answered(json.writeValueAsString(answers), clock.instant());
		drafts.save(draft);
	}

	/** The newest assessment this sitting made, if it made one, with the earlier version it replaced. */
	@Transactional(readOnly = true)
	Optional<VersionedAssessment> latest(String run) {
		return drafts.findById(RunTokens.key(run)).flatMap(Draft::latestReference).flatMap(assessments::findVersioned);
	}

	/** The warning signs stopped the questionnaire: the answers so far are saved as an emergency. */
	@Transactional
	Assessment emergency(String run, Answers answersSoFar) {
		Draft draft = locked(run);
		return sentAgain(draft, answersSoFar)
			.orElseGet(() -> supersede(draft, assessments.assessUnfinished(answersSoFar)));
	}

	/** The last page was answered: the result, once per set of answers however often it is sent. */
	@Transactional
	Assessment finish(String run, Answers answers) {
		Draft draft = locked(run);
		return sentAgain(draft, answers).orElseGet(() -> supersede(draft, fresh(run, answers)));
	}

	/** "Start again": the sitting's answers are deleted. */
	@Transactional
	void end(String run) {
		drafts.deleteById(RunTokens.key(run));
	}

	/**
	 * "Delete my result": the result, every earlier version of it, and the sitting that made them.
	 * False when there is no result with this reference.
	 */
	@Transactional
	boolean delete(String reference) {
		List<AssessmentSummary> earlier = assessments.history(reference);
		if (!submissions.delete(reference)) {
			return false;
		}
		earlier.forEach(version -> submissions.delete(version.reference()));
		drafts.deleteByLatestReference(reference);
		return true;
	}

	private Draft locked(String run) {
		return drafts.findForUpdate(RunTokens.key(run)).orElseThrow(() -> new IllegalStateException("No draft for this sitting"));
	}

	/** The same answers sent again (a reload, a double tap): the result they already made. */
	private Optional<Assessment> sentAgain(Draft draft, Answers answers) {
		return draft.latestReference().flatMap(assessments::find).filter(made -> made.answers().equals(answers));
	}

	private Assessment fresh(String run, Answers answers) {
		Assessment made = submissions.assess(run, answers);
		// Changed back to answers an earlier version had: a new version, never the replaced one again.
		return assessments.newestVersion(made.reference()).isPresent() ? assessments.assess(answers) : made;
	}

	private Assessment supersede(Draft draft, Assessment made) {
		draft.latestReference()
			.filter(earlier -> !earlier.equals(made.reference()))
			.ifPresent(earlier -> assessments.supersede(earlier, made.reference()));
		draft.resulted(made.reference(), clock.instant());
		drafts.save(draft);
		return made;
	}

}
