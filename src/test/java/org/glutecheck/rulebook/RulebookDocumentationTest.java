package org.glutecheck.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.glutecheck.answers.Criteria;
import org.glutecheck.answers.Criterion;
import org.junit.jupiter.api.Test;

/** Keeps docs/rulebook.md in step with the data: everything the data uses, the document names. */
class RulebookDocumentationTest {

	private final Rulebook rulebook = ConditionScorerTest.RULEBOOK;

	@Test
	void theDocumentNamesEveryConditionRuleAndCodeTheDataUses() throws IOException {
		String document = Files.readString(Path.of("docs", "rulebook.md"));
		Set<String> missing = new TreeSet<>();
		for (String name : namesUsedByTheData()) {
			if (!document.contains("`" + name + "`")) {
				missing.add(name);
			}
		}
		assertThat(missing).as("names the rulebook uses but docs/rulebook.md does not mention in backticks").isEmpty();
		assertThat(document).contains(rulebook.version());
	}

	private Set<String> namesUsedByTheData() {
		Set<String> names = new TreeSet<>();
		rulebook.conditions().forEach(condition -> {
			names.add(condition.id());
			condition.evidence().forEach(rule -> Stream.of(rule.when(), rule.unless()).forEach(c -> addCodes(c, names)));
		});
		rulebook.considerAlso().forEach(consideration -> {
			names.add(consideration.id());
			consideration.evidence().forEach(rule -> Stream.of(rule.when(), rule.unless()).forEach(c -> addCodes(c, names)));
		});
		rulebook.triageRules().forEach(rule -> {
			names.add(rule.code());
			Stream.concat(rule.whenAny().stream(), Stream.of(rule.unless())).forEach(c -> addCodes(c, names));
		});
		names.add(rulebook.confirmationRule().code());
		return names;
	}

	private static void addCodes(Criteria criteria, Set<String> names) {
		for (Criterion criterion : criteria.all()) {
			names.add(criterion.field().contractName());
			criterion.codes().forEach(code -> names.add(code.name()));
		}
	}

}
