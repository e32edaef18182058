package org.assemblyportal.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.i18n.Translator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the REST API as RFC 9457 problem details, with a title and detail translated into
 * the language the client asked for (Accept-Language) and a stable {@code code} to act on.
 */
@RestControllerAdvice(basePackages = "org.assemblyportal")
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final Translator translator;
    private final ProblemResponses problems;

    ProblemDetailsAdvice(Translator translator, ProblemResponses problems) {
        this.translator = translator;
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException exception) {
        var problem = problem(HttpStatus.BAD_REQUEST, exception);
        var locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = exception.violations().stream()
                .map(v -> Map.<String, Object>of("field", v.field(), "code", v.messageKey(),
                        "message", translator.translate(locale, v)))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, exception);
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException exception) {
        return problem(HttpStatus.FORBIDDEN, exception);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException exception) {
        return problem(HttpStatus.CONFLICT, exception);
    }

    @ExceptionHandler(LocalizedException.class)
    ProblemDetail badRequest(LocalizedException exception) {
        return problem(HttpStatus.BAD_REQUEST, exception);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException exception) {
        return problem(HttpStatus.FORBIDDEN, new ForbiddenException("error.forbidden"));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception, HttpServletRequest request) {
        var incident = java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        log.error("Incident {}: unexpected error on {} {}", incident, request.getMethod(), request.getRequestURI(), exception);
        var problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, new LocalizedException("error.unexpected", incident));
        problem.setProperty("incident", incident);
        return problem;
    }

    /** Spring MVC's own errors (malformed JSON, wrong parameter type, ...) get translated too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        var key = statusCode.value() == 404 ? "error.not-found.text"
                : statusCode.value() == 405 ? "error.method-not-allowed"
                : statusCode.is4xxClientError() ? "error.malformed-request" : "error.unexpected";
        var problem = problem(HttpStatus.valueOf(statusCode.value()), new LocalizedException(key, ""));
        return ResponseEntity.status(statusCode).headers(headers).body(problem);
    }

    private ProblemDetail problem(HttpStatus status, LocalizedException exception) {
        return problems.of(status, exception, LocaleContextHolder.getLocale());
    }
}
