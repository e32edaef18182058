package org.assemblyportal.base.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.base.i18n.Translator;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes problem details from places outside Spring MVC, such as security filters that refuse a
 * request before it reaches a controller.
 */
@Component
public class ProblemResponses {

    private final Translator translator;
    private final ObjectMapper json;

    ProblemResponses(Translator translator, ObjectMapper json) {
        this.translator = translator;
        this.json = json;
    }

    /** A problem with a translated title and detail, a stable type and the message key as {@code code}. */
    public ProblemDetail of(HttpStatus status, LocalizedException exception, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(status, translator.translate(locale, exception));
        problem.setType(URI.create("urn:assembly-portal:problem:" + exception.messageKey()));
        problem.setTitle(translator.translate(locale, "problem.title." + status.value()));
        problem.setProperty("code", exception.messageKey());
        return problem;
    }

    public void write(HttpServletResponse response, HttpStatus status, String messageKey, Locale locale)
            throws IOException {
        var problem = of(status, new LocalizedException(messageKey), locale);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
