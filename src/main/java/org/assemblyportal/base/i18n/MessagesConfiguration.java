package org.assemblyportal.base.i18n;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@code messageSource} of the portal (Vaadin, the API, the documents): Spring Boot's
 * {@code spring.messages.*} settings on a {@link PortalMessageSource}, which adds plural forms.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    PortalMessageSource messageSource(@Value("${spring.messages.basename:vaadin-i18n/translations}") String[] basenames,
            @Value("${spring.messages.encoding:UTF-8}") String encoding,
            @Value("${spring.messages.fallback-to-system-locale:false}") boolean fallbackToSystemLocale) {
        var source = new PortalMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding(encoding);
        source.setFallbackToSystemLocale(fallbackToSystemLocale);
        return source;
    }
}
