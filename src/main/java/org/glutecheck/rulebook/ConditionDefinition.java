package org.glutecheck.rulebook;

import java.util.List;
import java.util.Optional;

/**
 * One cause of buttock or hip pain as the rulebook describes it.
 *
 * @param prior the log-odds a case starts from before any evidence
 * @param confirmationReason when present, the condition needs a clinician to confirm it, and a
 * person whose leading cause it is reads this reason
 */
public record ConditionDefinition(String id, String name, String explanation, List<String> selfCare,
		List<String> seeAClinicianIf, List<Source> sources, double prior, Optional<String> confirmationReason,
		List<EvidenceRule> evidence) implements EvidenceModel {
}
