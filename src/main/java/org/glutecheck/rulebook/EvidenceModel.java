package org.glutecheck.rulebook;

import java.util.List;

/** What the scorer needs of a cause: where its odds start and the evidence that moves them. */
public interface EvidenceModel {

	String id();

	double prior();

	List<EvidenceRule> evidence();

}
