package org.glutecheck.desk;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff accounts from configuration, and how wrong passwords are slowed down
 * ({@code glutecheck.staff.*}).
 *
 * @param accounts username to BCrypt hash, e.g. {@code glutecheck.staff.accounts.alice={bcrypt}$2a$10$...};
 * never a password
 * @param signIn when and for how long sign-in is refused after wrong passwords
 */
@ConfigurationProperties("glutecheck.staff")
record StaffProperties(Map<String, String> accounts, @DefaultValue SignIn signIn) {

	StaffProperties {
		accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
	}

	/**
	 * @param maxFailures wrong passwords in a row for one username from one address, or from one
	 * address for any usernames, before a pause
	 * @param firstPause how long the first pause lasts; each further wrong password doubles it
	 * @param maxPause the longest pause
	 * @param usernameMaxFailures wrong passwords for one username from anywhere before it is paused
	 * (except from an address it signed in from recently)
	 * @param usernameDecay how often one of those is forgiven
	 * @param trustedAddressFor how long an address a username signed in from is spared its username's pause
	 * @param maxKeys the most counts kept; beyond it the longest-quiet ones that pause nobody are forgotten
	 */
	record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("30s") Duration firstPause,
			@DefaultValue("15m") Duration maxPause, @DefaultValue("20") int usernameMaxFailures,
			@DefaultValue("3m") Duration usernameDecay, @DefaultValue("30d") Duration trustedAddressFor,
			@DefaultValue("100000") int maxKeys) {

		SignIn {
			if (maxFailures < 1 || firstPause.isNegative() || firstPause.isZero() || maxPause.compareTo(firstPause) < 0) {
				throw new IllegalArgumentException(
						"glutecheck.staff.sign-in needs max-failures >= 1 and 0 < first-pause <= max-pause");
			}
			if (usernameMaxFailures < maxFailures || usernameDecay.isNegative() || usernameDecay.isZero()
					|| trustedAddressFor.isNegative() || maxKeys < 10) {
				throw new IllegalArgumentException("glutecheck.staff.sign-in needs username-max-failures >= max-failures, "
						+ "a positive username-decay, a trusted-address-for of zero or more and max-keys >= 10");
			}
		}

	}

}
