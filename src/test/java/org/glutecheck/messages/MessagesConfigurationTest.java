package org.glutecheck.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The page words read as Spring Boot's own message source reads them, without shared formats. */
class MessagesConfigurationTest {

	private final MessageSource messages = messages();

	@Test
	void formatsArgumentsAndReadsPlainMessagesAsBefore() {
		assertThat(messages.getMessage("result.cause.rank", new Object[] { 2, 7 }, Locale.ENGLISH))
			.isEqualTo("Possible cause 2 of 7");
		assertThat(messages.getMessage("result.match.score", new Object[] { 1234 }, Locale.ENGLISH))
			.isEqualTo("Match score 1,234 out of 100");
		assertThat(messages.getMessage("layout.brand", null, Locale.ENGLISH)).isEqualTo("Glute Check");
		assertThat(messages.getMessage(new DefaultMessageSourceResolvable(new String[] { "no.such.key", "layout.brand" }),
				Locale.ENGLISH))
			.isEqualTo("Glute Check");
		assertThatExceptionOfType(NoSuchMessageException.class)
			.isThrownBy(() -> messages.getMessage("no.such.key", new Object[] { 1 }, Locale.ENGLISH));
	}

	@Test
	void concurrentRendersEachGetTheirOwnNumbers() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> checks = IntStream.range(0, 999)
				.mapToObj(i -> pool.submit(() -> messages.getMessage("result.cause.rank", new Object[] { i, i + 1 },
						Locale.ENGLISH).equals("Possible cause " + i + " of " + (i + 1))))
				.toList();
			for (Future<Boolean> check : checks) {
				assertThat(check.get()).isTrue();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void eachThreadKeepsItsOwnFormatsOnePerMessageAndLanguage() throws Exception {
		MessagesConfiguration.UnsharedFormats source = (MessagesConfiguration.UnsharedFormats) messages;
		MessageFormat mine = source.resolveCode("result.cause.rank", Locale.ENGLISH);

		assertThat(source.resolveCode("result.cause.rank", Locale.ENGLISH)).isSameAs(mine);
		assertThat(source.resolveCode("result.cause.rank", Locale.forLanguageTag("es"))).isNotSameAs(mine);
		assertThat(source.resolveCode("no.such.key", Locale.ENGLISH)).isNull();
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			assertThat(other.submit(() -> source.resolveCode("result.cause.rank", Locale.ENGLISH)).get())
				.isNotSameAs(mine);
		}
		finally {
			other.shutdown();
		}
	}

	@Test
	void wordsThatReloadAreFormattedAfreshEachTime() {
		MessageSourceProperties properties = new MessageSourceProperties();
		properties.setBasename(List.of("messages"));
		properties.setCacheDuration(Duration.ofMinutes(1));
		MessagesConfiguration.UnsharedFormats source = (MessagesConfiguration.UnsharedFormats) new MessagesConfiguration()
			.messageSource(properties);

		assertThat(source.resolveCode("result.cause.rank", Locale.ENGLISH))
			.isNotSameAs(source.resolveCode("result.cause.rank", Locale.ENGLISH));
		assertThat(source.getMessage("result.cause.rank", new Object[] { 1, 2 }, Locale.ENGLISH))
			.isEqualTo("Possible cause 1 of 2");
	}

	private static MessageSource messages() {
		MessageSourceProperties properties = new MessageSourceProperties();
		properties.setBasename(List.of("messages"));
		properties.setFallbackToSystemLocale(false);
		return new MessagesConfiguration().messageSource(properties);
	}

}
