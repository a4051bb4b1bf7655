package org.glutecheck.rulebook;

import java.util.List;

/** How well a cause outside the ten fits the answers; only the evidence for it is shown. */
public record ScoredConsideration(ConsiderAlsoDefinition definition, int score, Match match, List<String> evidenceFor) {
}
