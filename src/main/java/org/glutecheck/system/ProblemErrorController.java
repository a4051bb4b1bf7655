package org.glutecheck.system;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The one place every unhandled error lands: a page in the site's own look for browsers, an RFC
 * 9457 problem document for everyone else. Neither ever shows a stack trace or an internal message.
 */
@Controller
class ProblemErrorController implements ErrorController {

	private final ErrorAttributes errorAttributes;

	private final MessageSource messages;

	ProblemErrorController(ErrorAttributes errorAttributes, MessageSource messages) {
		this.errorAttributes = errorAttributes;
		this.messages = messages;
	}

	@RequestMapping(path = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, Model model) {
		HttpStatus status = status(request);
		model.addAttribute("status", status.value());
		model.addAttribute("messageKey", status.is4xxClientError() ? "error." + status.value() : "error.server");
		return "error";
	}

	@RequestMapping(path = "${server.error.path:/error}")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		Throwable error = errorAttributes.getError(new ServletWebRequest(request));
		ProblemDetail problem = error instanceof ErrorResponse response && status.is4xxClientError()
				? response.getBody() : ProblemDetail.forStatus(status);
		problem.setTitle(status.getReasonPhrase());
		if (problem.getDetail() == null) {
			problem.setDetail(messages.getMessage(status.is4xxClientError() ? "error." + status.value() : "error.server",
					null, status.getReasonPhrase(), locale));
		}
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null) {
			problem.setInstance(URI.create(path.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}
