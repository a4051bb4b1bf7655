package org.glutecheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.glutecheck.answers.Course;
import org.glutecheck.answers.FollowUpAnswers;
import org.glutecheck.answers.Location;
import org.glutecheck.answers.TestAnswers;
import org.glutecheck.assessment.Assessment;
import org.glutecheck.assessment.AssessmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The same check-in sent twice at the same moment (a double tap, two tabs): it is saved once, and
 * both requests see the result with it. The assessment service is held until both requests have
 * reached it, if both do, so the race happens on every run.
 */
@SpringBootTest
class CheckInRaceTest {

	@Autowired
	private CheckIns checkIns;

	@MockitoSpyBean
	private AssessmentService assessments;

	@Test
	void twoSendsOfOneCheckInAtOnceSaveItOnce() throws Exception {
		CyclicBarrier together = new CyclicBarrier(2);
		doAnswer(call -> {
			try {
				together.await(500, TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException | BrokenBarrierException onlyOneGotHere) {
				// The other request waited on the check-in's lock instead, as it should.
			}
			return call.callRealMethod();
		}).when(assessments).addFollowUp(anyString(), any());
		Assessment made = assessments.assess(TestAnswers.at(Location.OUTER_HIP).severity(4).build());
		String run = checkIns.start(made.reference());
		FollowUpAnswers same = new FollowUpAnswers(Course.SAME, 4, List.of(), List.of(), true);

		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			List<Future<Assessment>> results = two.invokeAll(List.of(() -> checkIns.save(run, same),
					() -> checkIns.save(run, same)));
			assertThat(results.get(0).get().followUps()).hasSize(1);
			assertThat(results.get(1).get().followUps()).hasSize(1);
		}
		finally {
			two.shutdownNow();
		}
		assertThat(assessments.find(made.reference()).orElseThrow().followUps()).hasSize(1);
	}

}
