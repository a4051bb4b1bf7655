package org.glutecheck.questionnaire;

import java.time.Duration;
import java.util.Locale;

import org.glutecheck.assessment.RetentionProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * How long answers are kept, in words ("30 days"), for every page: the footer, the privacy page and
 * the "no result has that code" page all say it, and all read it from the configured retention
 * period, so the pages never promise what the deletion job does not do.
 */
@ControllerAdvice
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionAdvice {

	private final RetentionProperties retention;

	private final MessageSource messages;

	RetentionAdvice(RetentionProperties retention, MessageSource messages) {
		this.retention = retention;
		this.messages = messages;
	}

	@ModelAttribute("retention")
	String retention(Locale locale) {
		Duration period = retention.period();
		boolean wholeDays = period.toHours() % 24 == 0;
		return wholeDays ? messages.getMessage("retention.days", new Object[] { period.toDays() }, locale)
				: messages.getMessage("retention.hours", new Object[] { Math.max(1, period.toHours()) }, locale);
	}

}
