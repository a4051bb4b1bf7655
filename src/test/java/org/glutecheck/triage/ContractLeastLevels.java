package org.glutecheck.triage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.glutecheck.answers.RedFlag;
import org.glutecheck.rulebook.TriageLevel;

/**
 * The least level the contract demands for each warning sign on its own (docs/assessment-api.md),
 * written here from the contract rather than read from the rulebook, so a rulebook that loses a rule
 * fails the tests that use it. Public for the check-in tests of the assessment module.
 */
public final class ContractLeastLevels {

	public static final Map<RedFlag, TriageLevel> OF_WARNING_SIGNS = leastLevels();

	private ContractLeastLevels() {
	}

	private static Map<RedFlag, TriageLevel> leastLevels() {
		Map<RedFlag, TriageLevel> least = new EnumMap<>(RedFlag.class);
		for (RedFlag flag : List.of(RedFlag.BLADDER_BOWEL_LOSS, RedFlag.SADDLE_NUMBNESS, RedFlag.BOTH_LEGS,
				RedFlag.COLD_PALE_LEG, RedFlag.DARK_URINE, RedFlag.BLADDER_BOWEL_CHANGE, RedFlag.SUDDEN_SEVERE_OR_COLLAPSE)) {
			least.put(flag, TriageLevel.EMERGENCY);
		}
		for (RedFlag flag : List.of(RedFlag.PROGRESSIVE_WEAKNESS, RedFlag.FEVER, RedFlag.SIGNIFICANT_INJURY,
				RedFlag.CANNOT_BEAR_WEIGHT, RedFlag.LEG_SWELLING)) {
			least.put(flag, TriageLevel.URGENT);
		}
		least.put(RedFlag.CANCER_OR_WEIGHT_LOSS, TriageLevel.SOON);
		least.put(RedFlag.NIGHT_PAIN, TriageLevel.SOON);
		return Collections.unmodifiableMap(least);
	}

}
