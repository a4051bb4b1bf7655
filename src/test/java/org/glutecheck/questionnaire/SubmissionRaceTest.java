package org.glutecheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.glutecheck.answers.Answers;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Two final submits of the same answers from the same sitting at the same moment (a double tap,
 * two tabs): exactly one assessment is saved, and both see it. The assessment service is held until
 * both requests have reached it, if both do, so the race happens on every run.
 */
@SpringBootTest
class SubmissionRaceTest {

	@Autowired
	private Submissions submissions;

	@Autowired
	private RunTokens tokens;

	@Autowired
	private JdbcClient jdbc;

	@MockitoSpyBean
	private AssessmentService assessments;

	@Test
	void twoSubmitsAtOnceSaveOneAssessment() throws Exception {
		CyclicBarrier together = new CyclicBarrier(2);
		doAnswer(call -> {
			try {
				together.await(2, TimeUnit.SECONDS);
			}
			catch (TimeoutException | BrokenBarrierException onlyOneGotHere) {
				// The other request waited on the claim instead, as it should.
			}
			return call.callRealMethod();
		}).when(assessments).assess(any());
		String run = tokens.start();
		Answers answers = TestAnswers.at(Location.OUTER_HIP).severity(4).build();
		long before = assessmentsSaved();
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			List<Future<Assessment>> results = two.invokeAll(List.of(() -> submissions.assess(run, answers),
					() -> submissions.assess(run, answers)));
			assertThat(results.get(0).get().reference()).isEqualTo(results.get(1).get().reference());
		}
		finally {
			two.shutdownNow();
		}
		assertThat(assessmentsSaved()).isEqualTo(before + 1);
	}

	private long assessmentsSaved() {
		return jdbc.sql("select count(*) from assessment").query(Long.class).single();
	}

}
