package org.assemblyportal.base.api;

import org.assemblyportal.base.i18n.PortalLocales;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** API messages follow the client's Accept-Language among the portal's languages, else English. */
@Configuration
class ApiLocaleConfig {

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(PortalLocales.SUPPORTED);
        resolver.setDefaultLocale(PortalLocales.ENGLISH);
        return resolver;
    }
}
