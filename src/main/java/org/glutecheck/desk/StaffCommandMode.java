package org.glutecheck.desk;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application is started to run a staff command ({@link StaffCommand}), it listens on no
 * port (server.port=-1: the application is built as usual, but serves nothing, so it can run beside
 * a running instance), hands over no outstanding events, skips the start-up noise, does the command
 * and exits.
 */
class StaffCommandMode implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		var commandLine = environment.getPropertySources()
			.get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
		if (StaffCommand.requested(commandLine)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("glutecheckStaffCommand",
						Map.of("server.port", "-1", "spring.main.banner-mode", "off",
								"logging.level.root", "error", "spring.main.log-startup-info", "false",
								// The running instances' events are theirs to hand over, not a command's.
								"spring.modulith.events.republish-outstanding-events-on-restart", "false")));
		}
	}

}
