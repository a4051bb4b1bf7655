package org.glutecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Settings reach the code only as validated @ConfigurationProperties records, never as stray
 * {@code @Value} lookups that no one checks at start-up and no IDE can complete. (The rulebook's
 * one location setting is the rulebook module's to change.)
 */
class ConfigurationHealthTest {

	private static final JavaClasses APPLICATION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.glutecheck");

	@Test
	void noSettingIsReadWithValue() {
		List<String> readers = APPLICATION.stream()
			.filter(type -> !type.getPackageName().startsWith("org.glutecheck.rulebook"))
			.flatMap(type -> type.getCodeUnits().stream())
			.filter(ConfigurationHealthTest::readsAValue)
			.map(JavaCodeUnit::getFullName)
			.toList();
		assertThat(readers).isEmpty();
	}

	private static boolean readsAValue(JavaCodeUnit code) {
		return code.isAnnotatedWith(Value.class) || code.getParameters()
			.stream()
			.anyMatch(parameter -> parameter.isAnnotatedWith(Value.class));
	}

}
