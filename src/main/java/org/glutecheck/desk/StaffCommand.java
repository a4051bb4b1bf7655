package org.glutecheck.desk;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * Manages staff accounts from the command line, then exits without serving anything:
 * <pre>
 * java -jar glute-check.jar --glutecheck.staff.add=alice      # create, or set a new password
 * java -jar glute-check.jar --glutecheck.staff.disable=alice  # she can no longer sign in
 * java -jar glute-check.jar --glutecheck.staff.hash           # a hash for glutecheck.staff.accounts.*
 * </pre>
 * The password comes from the environment variable {@value #PASSWORD_VARIABLE}, or else is read from
 * the terminal (without echo) or standard input; never from the command line, where other users of
 * the machine and the shell's history could read it.
 */
@Component
class StaffCommand implements ApplicationRunner {

	static final String ADD = "glutecheck.staff.add";

	static final String DISABLE = "glutecheck.staff.disable";

	static final String HASH = "glutecheck.staff.hash";

	static final String PASSWORD_VARIABLE = "GLUTECHECK_STAFF_PASSWORD";

	/** Where the password comes from: the environment, the terminal or standard input. */
	interface PasswordSource {

		Optional<String> read(String prompt);

	}

	private final StaffAccounts accounts;

	private final ApplicationContext context;

	StaffCommand(StaffAccounts accounts, ApplicationContext context) {
		this.accounts = accounts;
		this.context = context;
	}

	/** Only the command line asks for a command: a setting in the environment never stops the server. */
	static boolean requested(PropertySource<?> commandLine) {
		return commandLine != null && (commandLine.containsProperty(ADD) || commandLine.containsProperty(DISABLE)
				|| commandLine.containsProperty(HASH));
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!(arguments.containsOption(ADD) || arguments.containsOption(DISABLE) || arguments.containsOption(HASH))) {
			return;
		}
		int status = execute(arguments, StaffCommand::readPassword, System.out, System.err);
		System.exit(SpringApplication.exit(context, () -> status));
	}

	/** Does the command; returns the process's exit status (0 done, 1 refused, 2 misused). */
	int execute(ApplicationArguments arguments, PasswordSource passwords, PrintStream out, PrintStream err) {
		if (arguments.containsOption("glutecheck.staff.password")) {
			err.println("Refused: a password is never given on the command line. Set " + PASSWORD_VARIABLE
					+ " or type it when asked.");
			return 2;
		}
		try {
			if (arguments.containsOption(ADD)) {
				return add(value(arguments, ADD), passwords, out, err);
			}
			if (arguments.containsOption(DISABLE)) {
				return disable(value(arguments, DISABLE), out, err);
			}
			return hash(passwords, out, err);
		}
		catch (IllegalArgumentException refused) {
			err.println("Refused: " + refused.getMessage() + ".");
			return 1;
		}
	}

	private static String value(ApplicationArguments arguments, String option) {
		return arguments.getOptionValues(option).stream().findFirst().orElse("");
	}

	private int add(String username, PasswordSource passwords, PrintStream out, PrintStream err) {
		String name = StaffAccounts.checkedUsername(username);
		if (accounts.configured(name)) {
			err.println("Refused: " + name + " is an account in the configuration (glutecheck.staff.accounts."
					+ name + "); change it there.");
			return 1;
		}
		Optional<String> password = passwords.read("Password for " + name + ": ");
		if (password.isEmpty()) {
			err.println("Refused: no password. Set " + PASSWORD_VARIABLE + " or type it when asked.");
			return 2;
		}
		StaffAccounts.Saved saved = accounts.save(name, password.get());
		out.println(saved == StaffAccounts.Saved.CREATED ? "Created the staff account " + name + "."
				: "Set a new password for the staff account " + name + ", and enabled it.");
		return 0;
	}

	private int disable(String username, PrintStream out, PrintStream err) {
		if (!accounts.disable(username)) {
			err.println("Refused: there is no staff account " + username + " in the database.");
			return 1;
		}
		out.println("Disabled the staff account " + username + ": it can no longer sign in.");
		return 0;
	}

	private int hash(PasswordSource passwords, PrintStream out, PrintStream err) {
		Optional<String> password = passwords.read("Password to hash: ");
		if (password.isEmpty()) {
			err.println("Refused: no password. Set " + PASSWORD_VARIABLE + " or type it when asked.");
			return 2;
		}
		out.println(accounts.hash(password.get()));
		return 0;
	}

	/** From the environment, else the terminal without echo, else one line of standard input. */
	private static Optional<String> readPassword(String prompt) {
		String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return Optional.of(fromEnvironment);
		}
		Console console = System.console();
		if (console != null) {
			char[] typed = console.readPassword("%s", prompt);
			return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(new String(typed));
		}
		try {
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			return line == null || line.isEmpty() ? Optional.empty() : Optional.of(line);
		}
		catch (IOException unreadable) {
			return Optional.empty();
		}
	}

}
