package org.glutecheck.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff accounts and client addresses for the security tests. */
final class Staff {

	/** The cheapest BCrypt cost keeps the tests quick; the application itself hashes at cost 10. */
	private static final BCryptPasswordEncoder QUICK_BCRYPT = new BCryptPasswordEncoder(4);

	private Staff() {
	}

	/** A staff account with this password, as the staff command would store it. */
	static void account(JdbcClient jdbc, String username, String password) {
		jdbc.sql("delete from staff_account where username = ?").param(username).update();
		jdbc.sql("insert into staff_account (username, password_hash, created_at, enabled) "
				+ "values (?, ?, current_timestamp, true)")
			.params(username, "{bcrypt}" + QUICK_BCRYPT.encode(password))
			.update();
	}

	/** The request comes from this client address (each test its own, as attempts are counted per address). */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
