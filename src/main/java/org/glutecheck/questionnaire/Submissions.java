package org.glutecheck.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import org.glutecheck.answers.Answers;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.glutecheck.assessment.Reference;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a finished questionnaire into an assessment exactly once: the same answers from the same
 * sitting always lead to the same saved result, however often the final page is submitted.
 * Changed answers are a new submission and get a new assessment. Two submits of the same answers
 * at the same moment (a double tap, two tabs) save one assessment between them: the submission is
 * claimed first, and the assessment saved in the same transaction as the claim.
 */
@Service
class Submissions {

	/** The reference of a submission claimed but not yet saved; never visible outside its transaction. */
	private static final String CLAIMED = "CLAIMED";

	/** Claims tried before giving up, should every other claimant keep failing. */
	private static final int ATTEMPTS = 3;

	private final AssessmentService assessments;

	private final SubmissionRepository repository;

	private final JsonMapper json;

	private final Clock clock;

	private final TransactionTemplate transactions;

	/** How long a submission must be remembered: as long as its sitting may post, and a little more. */
	private final Duration remembered;

	Submissions(AssessmentService assessments, SubmissionRepository repository, JsonMapper json, Clock clock,
			RunTokens tokens, PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.assessments = assessments;
		this.repository = repository;
		this.json = json;
		this.clock = clock;
		this.remembered = tokens.maxAge().plusHours(1);
	}

	Assessment assess(String runToken, Answers answers) {
		String key = key(runToken, answers);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<Assessment> earlier = earlier(key);
			if (earlier.isPresent()) {
				return earlier.get();
			}
			try {
				return transactions.execute(status -> claimAndAssess(key, answers));
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException claimedByAnother) {
				// The same submission is being saved by another request (the claim failed, or waited on
				// theirs longer than the database allows); show its result once it is there.
				Optional<Assessment> theirs = awaitEarlier(key);
				if (theirs.isPresent()) {
					return theirs.get();
				}
			}
		}
		throw new IllegalStateException("The same submission was claimed and abandoned " + ATTEMPTS + " times");
	}

	/**
	 * In one transaction: claims the submission (its key is the primary key, so a second claim waits
	 * for the first and then fails), saves the assessment and records its reference. A request that
	 * loses the claim has saved nothing; a failure anywhere undoes the claim and the assessment alike.
	 */
	private Assessment claimAndAssess(String key, Answers answers) {
		// Nothing older than a sitting can live is needed any more; each new result sweeps it away.
		repository.deleteOlderThan(clock.instant().minus(remembered));
		repository.saveAndFlush(new Submission(key, CLAIMED, clock.instant()));
		Assessment assessment = assessments.assess(answers);
		repository.recordReference(key, assessment.reference());
		return assessment;
	}

	/**
	 * Deletes the assessment at its owner's request, and the record of the submission that made it.
	 * False when there is no assessment with this reference.
	 */
	@Transactional
	boolean delete(String reference) {
		Reference.normalize(reference).ifPresent(repository::deleteByReference);
		return assessments.delete(reference);
	}

	private Optional<Assessment> earlier(String key) {
		return repository.findById(key).filter(s -> !CLAIMED.equals(s.reference())).flatMap(s -> assessments.find(s.reference()));
	}

	/** The result of a submission another request claimed, once that request has committed it. */
	private Optional<Assessment> awaitEarlier(String key) {
		for (int wait = 0; wait < 50; wait++) {
			Optional<Assessment> earlier = earlier(key);
			if (earlier.isPresent()) {
				return earlier;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return Optional.empty();
	}

	private String key(String runToken, Answers answers) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(runToken.getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) '\n');
			sha256.update(json.writeValueAsBytes(answers));
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
