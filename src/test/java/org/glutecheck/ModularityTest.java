package org.glutecheck;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature package is a module: no cycles, and no module reaches into another's internals.
 * The test also writes the module diagram to target/spring-modulith-docs.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(GluteCheckApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void documentTheModules() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
