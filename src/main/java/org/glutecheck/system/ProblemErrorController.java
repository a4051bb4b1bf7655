package org.glutecheck.system;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place every unhandled error lands: a page in the site's own look for a browser asking
 * for a page, an RFC 9457 problem document for everyone else, and always a problem document for
 * the API ({@code /api/**}, {@code /fhir/**}), whatever its Accept header said (a 406 included). Neither ever shows a
 * stack trace or an internal message. Asked for directly, {@code /error} is a page like any other
 * that does not exist: 404.
 */
@Controller
class ProblemErrorController implements ErrorController {

	private final ErrorAttributes errorAttributes;

	private final MessageSource messages;

	ProblemErrorController(ErrorAttributes errorAttributes, MessageSource messages) {
		this.errorAttributes = errorAttributes;
		this.messages = messages;
	}

	@RequestMapping(path = "${server.error.path:/error}")
	Object error(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String forPath = path == null ? request.getRequestURI() : path.toString();
		if (ServerErrorReport.wantsPage(forPath, request.getHeader(HttpHeaders.ACCEPT))) {
			ModelAndView page = new ModelAndView("error").addObject("status", status.value())
				.addObject("messageKey", ServerErrorReport.messageKey(status.value()));
			page.setStatus(status);
			return page;
		}
		return problem(request, status, path, locale);
	}

	private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status, Object path,
			Locale locale) {
		Throwable error = errorAttributes.getError(new ServletWebRequest(request));
		ProblemDetail problem = error instanceof ErrorResponse response && status.is4xxClientError()
				? response.getBody() : ProblemDetail.forStatus(status);
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		if (problem.getDetail() == null) {
			problem.setDetail(messages.getMessage(ServerErrorReport.messageKey(status.value()), null,
					status.getReasonPhrase(), locale));
		}
		if (path != null) {
			problem.setInstance(URI.create(path.toString()));
		}
		// A preset content type: the answer is a problem document whatever the client said it accepts.
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The error's status; 404 when /error was asked for directly, as there is no such page. */
	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}
