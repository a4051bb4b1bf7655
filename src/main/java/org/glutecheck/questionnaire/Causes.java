package org.glutecheck.questionnaire;

import java.util.ArrayList;
import java.util.List;

import org.glutecheck.assessment.ConditionResult;
import org.glutecheck.rulebook.Match;

/**
 * The ranked causes as the results page sorts them. A cause that only just registers is not
 * presented as a "possible cause": it is named in one line, so a trace of a match never reads like
 * a finding. Of the causes shown, strong and moderate matches are shown in full and weak ones folded.
 *
 * @param likely shown in full, best first; the leading cause is always the first of them
 * @param lessLikely weak matches, shown folded
 * @param traces causes that scored under {@link #LISTED_FROM}, only named
 */
record Causes(List<ConditionResult> likely, List<ConditionResult> lessLikely, List<ConditionResult> traces) {

	/** The least score out of 100 for a cause to be shown as a possible cause. */
	static final int LISTED_FROM = 20;

	static Causes of(List<ConditionResult> ranked) {
		List<ConditionResult> likely = new ArrayList<>();
		List<ConditionResult> lessLikely = new ArrayList<>();
		List<ConditionResult> traces = new ArrayList<>();
		for (ConditionResult condition : ranked) {
			if (likely.isEmpty()) {
				likely.add(condition);
			}
			else if (condition.score() < LISTED_FROM) {
				traces.add(condition);
			}
			else {
				(condition.match() == Match.WEAK ? lessLikely : likely).add(condition);
			}
		}
		return new Causes(List.copyOf(likely), List.copyOf(lessLikely), List.copyOf(traces));
	}

	/** The causes shown as possible causes: the likely ones, then the less likely ones. */
	List<ConditionResult> shown() {
		List<ConditionResult> shown = new ArrayList<>(likely);
		shown.addAll(lessLikely);
		return shown;
	}

}
