package org.glutecheck.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;

import org.glutecheck.MutableClock;
import org.junit.jupiter.api.Test;

/** The one-time setup link: works once, for an hour, and only while there is no account. */
class StaffSetupTest {

	private final StaffAccounts accounts = mock(StaffAccounts.class);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T14:05:00Z"));

	private final StaffSetup setup = new StaffSetup(accounts, clock);

	@Test
	void aTokenMakesTheFirstAccountOnce() {
		String token = setup.issue();
		assertThat(setup.valid("not " + token)).isFalse();
		assertThat(setup.createFirst(token, "alice", "a long enough password")).isTrue();
		verify(accounts).save("alice", "a long enough password");
		assertThat(setup.valid(token)).isFalse();
		assertThat(setup.createFirst(token, "mallory", "a long enough password")).isFalse();
		verify(accounts, never()).save("mallory", "a long enough password");
	}

	@Test
	void aTokenExpiresAfterAnHour() {
		String token = setup.issue();
		clock.advance(StaffSetup.VALID_FOR.minusSeconds(1));
		assertThat(setup.valid(token)).isTrue();
		clock.advance(java.time.Duration.ofSeconds(1));
		assertThat(setup.valid(token)).isFalse();
	}

	@Test
	void onceThereIsAnAccountNoTokenWorks() {
		String token = setup.issue();
		given(accounts.any()).willReturn(true);
		assertThat(setup.valid(token)).isFalse();
	}

}
