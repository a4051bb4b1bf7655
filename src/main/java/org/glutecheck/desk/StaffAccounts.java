package org.glutecheck.desk;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's staff: accounts from configuration (a username and a BCrypt hash) and accounts kept
 * in the table {@code staff_account} by the staff command. Usernames are compared without regard to
 * case. Configuration wins when both name the same person. Only BCrypt hashes are ever accepted or
 * stored, so no password, default or otherwise, can sit in the code, the configuration or the database.
 */
@Component
class StaffAccounts {

	static final String ROLE = "STAFF";

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

	private static final Pattern BCRYPT = Pattern.compile("(\\{bcrypt})?\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

	/** BCrypt reads at most 72 bytes of a password; a longer one would be cut without a word. */
	static final int MAX_PASSWORD_BYTES = 72;

	static final int MIN_PASSWORD_LENGTH = 12;

	/** What {@link #save} did. */
	enum Saved {
		CREATED, CHANGED
	}

	private final Map<String, String> configured;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock;

	StaffAccounts(StaffProperties properties, JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
		this.configured = properties.accounts()
			.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(e -> checkedUsername(e.getKey()), e -> checkedHash(e.getKey(), e.getValue())));
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** The signed-in form of an enabled account; throws when there is none, as Spring Security expects. */
	UserDetails load(String username) {
		String name = normalize(username);
		return Optional.ofNullable(configured.get(name))
			.or(() -> storedHash(name))
			.map(hash -> User.withUsername(name).password(hash).roles(ROLE).build())
			.orElseThrow(() -> new UsernameNotFoundException("No enabled staff account"));
	}

	/** Creates the account, or gives an existing one this password and enables it again. */
	@Transactional
	Saved save(String username, String password) {
		String name = checkedUsername(username);
		String hash = encoder.encode(checkedPassword(password));
		int changed = jdbc.sql("update staff_account set password_hash = ?, enabled = true where username = ?")
			.params(hash, name)
			.update();
		if (changed > 0) {
			return Saved.CHANGED;
		}
		jdbc.sql("insert into staff_account (username, password_hash, created_at, enabled) values (?, ?, ?, true)")
			.params(name, hash, Timestamp.from(clock.instant()))
			.update();
		return Saved.CREATED;
	}

	/** Disables a stored account; false when the table has no such account. */
	@Transactional
	boolean disable(String username) {
		return jdbc.sql("update staff_account set enabled = false where username = ?")
			.param(normalize(username))
			.update() > 0;
	}

	/** A BCrypt hash of the password, for an account kept in configuration. */
	String hash(String password) {
		return encoder.encode(checkedPassword(password));
	}

	/** Whether anyone could ever sign in: an account in configuration or in the table, enabled or not. */
	boolean any() {
		return !configured.isEmpty() || jdbc.sql("select count(*) from staff_account").query(Long.class).single() > 0;
	}

	boolean configured(String username) {
		return configured.containsKey(normalize(username));
	}

	private Optional<String> storedHash(String username) {
		return jdbc.sql("select password_hash from staff_account where username = ? and enabled = true")
			.param(username)
			.query(String.class)
			.optional();
	}

	private static String normalize(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	static boolean wellFormed(String username) {
		return USERNAME.matcher(normalize(username)).matches();
	}

	static String checkedUsername(String username) {
		String name = normalize(username);
		if (!USERNAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A staff username is 1 to 64 letters, digits and . _ @ -, starting "
					+ "with a letter or digit; \"" + username + "\" is not one");
		}
		return name;
	}

	private static String checkedHash(String username, String hash) {
		if (hash == null || !BCRYPT.matcher(hash.strip()).matches()) {
			throw new IllegalArgumentException("glutecheck.staff.accounts." + username + " must be a BCrypt hash such "
					+ "as {bcrypt}$2a$10$..., never a password (make one with --glutecheck.staff.hash)");
		}
		return hash.strip().startsWith("{") ? hash.strip() : "{bcrypt}" + hash.strip();
	}

	private static String checkedPassword(String password) {
		if (password == null || password.strip().length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("A staff password needs at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new IllegalArgumentException("A staff password may be at most " + MAX_PASSWORD_BYTES + " bytes long");
		}
		return password;
	}

}
