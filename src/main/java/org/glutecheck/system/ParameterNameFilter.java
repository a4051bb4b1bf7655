package org.glutecheck.system;

import java.io.IOException;
import java.util.Enumeration;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400 and the error page, any request whose form fields or query parameters are not
 * plain names. Every form of the site names its fields plainly ({@code redFlags}, {@code run},
 * {@code _csrf}); a name with an index, a dot or anything else ({@code redFlags[0]},
 * {@code locations[abc]}, {@code severity.x}) is never sent by the site's own pages, and would
 * otherwise reach the data binder, which reads such names as paths into the form's lists and
 * fields and fails in ways that are not the visitor's to see. Runs after the security filters, so
 * the refusal carries the usual headers and a post without its CSRF token is still a 403.
 */
@Component
class ParameterNameFilter extends OncePerRequestFilter {

	/** A plain field name: letters, digits, underscore and hyphen, as every form of the site uses. */
	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	/** Swagger UI reads settings such as urls.primaryName from its own address, in the browser. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/swagger-ui/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Enumeration<String> names = request.getParameterNames();
		while (names.hasMoreElements()) {
			if (!PLAIN_NAME.matcher(names.nextElement()).matches()) {
				response.sendError(HttpStatus.BAD_REQUEST.value());
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
