package org.assemblyportal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.assemblyportal.base.api.ProblemResponses;
import org.assemblyportal.base.i18n.PortalLocales;
import org.assemblyportal.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Three filter chains. Token requests ({@code POST /api/v1/tokens}) sign in with name and password
 * (HTTP Basic); the rest of {@code /api/**} is stateless and signs in with a bearer token, so it
 * needs no CSRF protection; everything else is the Vaadin UI with a login form, a session and CSRF
 * protection on. Views and services deny by default (ADR 003).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    private static final String[] PUBLIC_API = {"/api/docs", "/api/docs/**", "/api/openapi", "/api/openapi/**",
        "/api/swagger-ui/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottlingAuthenticationProvider authenticationProvider(PortalUserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle) {
        return new ThrottlingAuthenticationProvider(users, encoder, throttle);
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenIssuingChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        var entryPoint = problemEntryPoint(problems, "Basic realm=\"assembly-portal\"");
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, TokenService tokens, ProblemResponses problems) throws Exception {
        var entryPoint = problemEntryPoint(problems, "Bearer");
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_API).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/jurisdictions", "/api/v1/jurisdictions/**", "/api/v1/deadlines")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/signup").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(problemAccessDenied(problems)))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/swagger-ui/**", "/v3/api-docs/**")
                .permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    private static AuthenticationEntryPoint problemEntryPoint(ProblemResponses problems, String challenge) {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", challenge);
            var key = failure instanceof LoginThrottledException ? "login.throttled-api" : "api.authentication-required";
            problems.write(response, HttpStatus.UNAUTHORIZED, key,
                    PortalLocales.match(request.getLocale()).orElse(PortalLocales.ENGLISH));
        };
    }

    private static AccessDeniedHandler problemAccessDenied(ProblemResponses problems) {
        return (request, response, denied) -> problems.write(response, HttpStatus.FORBIDDEN, "error.forbidden",
                PortalLocales.match(request.getLocale()).orElse(PortalLocales.ENGLISH));
    }
}
