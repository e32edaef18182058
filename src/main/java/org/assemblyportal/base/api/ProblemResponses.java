package org.assemblyportal.base.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
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

    public void write(HttpServletResponse response, HttpStatus status, String messageKey, Locale locale)
            throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(status, translator.translate(locale, messageKey));
        problem.setType(ProblemDetailsAdvice.typeOf(messageKey));
        problem.setTitle(translator.translate(locale, "problem.title." + status.value()));
        problem.setProperty("code", messageKey);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
