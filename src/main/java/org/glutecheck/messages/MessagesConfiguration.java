package org.glutecheck.messages;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The page words (messages.properties), configured from spring.messages.* (basename, encoding,
 * fallback to the system locale, cache duration, always-use-message-format, use-code-as-default) as
 * Spring Boot does, with one difference: a message with arguments is formatted with a MessageFormat
 * of the rendering thread's own instead of one shared by every request. Spring formats a shared
 * MessageFormat inside a lock, and the results page formats about twenty such messages (per cause:
 * its rank and its match score), so concurrent renders queued on those locks (the JFR profile in
 * docs/performance.md). A new MessageFormat per call had no lock but parsed the pattern and looked
 * up a number format every time, 6 % of the page's rendering; each thread now keeps the formats it
 * made, as long as the words are read once (no cache duration).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		ResourceBundleMessageSource source = new UnsharedFormats();
		source.setBasenames(properties.getBasename().toArray(String[]::new));
		if (properties.getEncoding() != null) {
			source.setDefaultEncoding(properties.getEncoding().name());
		}
		source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			source.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		return source;
	}

	/**
	 * Messages from resource bundles, each formatted with a MessageFormat of the calling thread's:
	 * Spring still formats inside a lock on it, which no other thread ever takes.
	 */
	static final class UnsharedFormats extends ResourceBundleMessageSource {

		/** Per thread, by locale and code: the formats it has made, while the words never reload. */
		private final ThreadLocal<Map<Locale, Map<String, MessageFormat>>> formats = ThreadLocal.withInitial(HashMap::new);

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			if (getCacheMillis() >= 0) {
				return made(code, locale);
			}
			Map<String, MessageFormat> ofLocale = formats.get().computeIfAbsent(locale, any -> new HashMap<>());
			MessageFormat format = ofLocale.get(code);
			if (format == null) {
				format = made(code, locale);
				if (format != null) {
					ofLocale.put(code, format);
				}
			}
			return format;
		}

		private MessageFormat made(String code, Locale locale) {
			String message = resolveCodeWithoutArguments(code, locale);
			return message != null ? createMessageFormat(message, locale) : null;
		}

	}

}
