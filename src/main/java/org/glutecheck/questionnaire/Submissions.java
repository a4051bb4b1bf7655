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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a finished questionnaire into an assessment exactly once: the same answers from the same
 * sitting always lead to the same saved result, however often the final page is submitted.
 * Changed answers are a new submission and get a new assessment.
 */
@Service
class Submissions {

	private final AssessmentService assessments;

	private final SubmissionRepository repository;

	private final JsonMapper json;

	private final Clock clock;

	/** How long a submission must be remembered: as long as its sitting may post, and a little more. */
	private final Duration remembered;

	Submissions(AssessmentService assessments, SubmissionRepository repository, JsonMapper json, Clock clock,
			RunTokens tokens) {
		this.assessments = assessments;
		this.repository = repository;
		this.json = json;
		this.clock = clock;
		this.remembered = tokens.maxAge().plusHours(1);
	}

	Assessment assess(String runToken, Answers answers) {
		String key = key(runToken, answers);
		return earlier(key).orElseGet(() -> save(key, answers));
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
		return repository.findById(key).flatMap(s -> assessments.find(s.reference()));
	}

	private Assessment save(String key, Answers answers) {
		// Nothing older than a sitting can live is needed any more; each new result sweeps it away.
		repository.deleteOlderThan(clock.instant().minus(remembered));
		Assessment assessment = assessments.assess(answers);
		try {
			repository.saveAndFlush(new Submission(key, assessment.reference(), assessment.createdAt()));
			return assessment;
		}
		catch (DataIntegrityViolationException raced) {
			// The same submission arrived twice at once; show the one that was recorded first.
			return earlier(key).orElse(assessment);
		}
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
