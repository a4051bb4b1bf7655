package org.glutecheck.questionnaire;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.glutecheck.assessment.RetentionProperties;
import org.glutecheck.system.LayoutModel;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * How long answers are kept, in words ("30 days"), for every page: the footer, the privacy page and
 * the "no result has that code" page all say it, and all read it from the configured retention
 * period, so the pages never promise what the deletion job does not do. Added to each page's model
 * like the layout's own ({@link LayoutModel}), never to an answer without a page.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionModel implements HandlerInterceptor, WebMvcConfigurer {

	private final RetentionProperties retention;

	private final MessageSource messages;

	RetentionModel(RetentionProperties retention, MessageSource messages) {
		this.retention = retention;
		this.messages = messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView answer) {
		if (LayoutModel.isPage(answer)) {
			answer.getModelMap().putIfAbsent("retention", retention(RequestContextUtils.getLocale(request)));
		}
	}

	private String retention(Locale locale) {
		Duration period = retention.period();
		boolean wholeDays = period.toHours() % 24 == 0;
		return wholeDays ? messages.getMessage("retention.days", new Object[] { period.toDays() }, locale)
				: messages.getMessage("retention.hours", new Object[] { Math.max(1, period.toHours()) }, locale);
	}

}
