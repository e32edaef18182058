package org.assemblyportal.base.api;

import org.assemblyportal.base.LocalizedException;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the servlet container's limits fails while the request is parsed, before Spring
 * picks a controller; {@link ProblemDetailsAdvice} applies only to the portal's controllers and so
 * never sees it. This advice applies to every request and answers with a translated 413 that names
 * the limits, since the container does not say which one the upload broke.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final ProblemResponses problems;
    private final MultipartProperties limits;

    UploadLimitAdvice(ProblemResponses problems, MultipartProperties limits) {
        this.problems = problems;
        this.limits = limits;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    ProblemDetail tooLarge(MaxUploadSizeExceededException exception) {
        return problems.of(HttpStatus.PAYLOAD_TOO_LARGE, new LocalizedException("upload.too-large",
                limits.getMaxFileSize().toMegabytes(), limits.getMaxRequestSize().toMegabytes()),
                LocaleContextHolder.getLocale());
    }
}
