package org.glutecheck.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.glutecheck.assessment.SupersededAssessmentException;
import org.glutecheck.assessment.TooManyFollowUpsException;
import org.glutecheck.assessment.UnknownAssessmentException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns bad answers into RFC 9457 problem documents that name each offending field and value, in
 * words a developer can act on, and never with a stack trace or an internal message.
 */
@RestControllerAdvice(basePackageClasses = ApiProblemHandler.class)
class ApiProblemHandler {

	/** How the parser names a field that appears twice in one object. */
	private static final Pattern DUPLICATE = Pattern.compile("^Duplicate Object property \"([^\"]{1,100})\"");

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	/** One thing wrong with the answers: where, what was sent, and why it was refused. */
	record FieldError(String field, Object value, String message) {
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex, Locale locale) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> new FieldError(e.getField(), e.getRejectedValue(), messages.getMessage(e, locale)))
			.toList();
		return badAnswers(errors, locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex, Locale locale) {
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return badAnswers(List.of(new FieldError(path(unknown), unknown.getPropertyName(),
					text("api.problem.unknown-field", locale))), locale);
		}
		if (cause instanceof InvalidFormatException invalid) {
			return badAnswers(List.of(new FieldError(path(invalid), invalid.getValue(), notOneOf(invalid, locale))), locale);
		}
		if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			return badAnswers(List.of(new FieldError(path(mismatched), null,
					text("api.problem.wrong-type", locale,
							text("api.problem.type." + typeName(mismatched.getTargetType()), locale)))), locale);
		}
		Matcher duplicate = cause instanceof StreamReadException ? DUPLICATE.matcher(String.valueOf(cause.getMessage()))
				: null;
		if (duplicate != null && duplicate.find()) {
			String parent = path((JacksonException) cause);
			return badAnswers(List.of(new FieldError(parent.isEmpty() ? duplicate.group(1) : parent + "." + duplicate.group(1),
					null, text("api.problem.duplicate-field", locale))), locale);
		}
		String detailKey = cause instanceof MismatchedInputException ? "api.problem.not-an-object"
				: cause instanceof JacksonException ? "api.problem.malformed" : "api.problem.no-body";
		return problem(HttpStatus.BAD_REQUEST, "api.problem.unreadable.title", text(detailKey, locale), locale);
	}

	@ExceptionHandler({ AssessmentNotFoundException.class, UnknownAssessmentException.class })
	ProblemDetail notFound(Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "api.problem.not-found.title",
				text("api.problem.not-found.detail", locale), locale);
	}

	/** A check-in on a version the person has replaced: it belongs on the newest, which is named. */
	@ExceptionHandler(SupersededAssessmentException.class)
	ProblemDetail superseded(SupersededAssessmentException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "api.problem.superseded.title",
				text("api.problem.superseded.detail", locale, ex.newestReference()), locale);
		problem.setProperty("newestReference", ex.newestReference());
		return problem;
	}

	@ExceptionHandler(TooManyFollowUpsException.class)
	ProblemDetail tooManyFollowUps(TooManyFollowUpsException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "api.problem.too-many-follow-ups.title",
				text("api.problem.too-many-follow-ups.detail", locale, ex.limit()), locale);
		problem.setProperty("limit", ex.limit());
		return problem;
	}

	private ProblemDetail badAnswers(List<FieldError> errors, Locale locale) {
		String summary = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.problem.invalid.title", summary, locale);
		problem.setProperty("errors", errors);
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(text(titleKey, locale));
		return problem;
	}

	private String notOneOf(InvalidFormatException ex, Locale locale) {
		Class<?> type = ex.getTargetType();
		if (type != null && type.isEnum()) {
			String codes = Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
			return text("api.problem.unknown-code", locale, codes);
		}
		return text("api.problem.wrong-type", locale, text("api.problem.type." + typeName(type), locale));
	}

	private String typeName(Class<?> type) {
		if (type == null) {
			return "value";
		}
		if (type.isEnum()) {
			return "code";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "whole-number";
		}
		return List.class.isAssignableFrom(type) || type.isArray() ? "list" : "text";
	}

	/** The JSON path of the offending value, like {@code locations[1]}. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
