package org.assemblyportal.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.assemblyportal.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The public deadline API, as an anonymous client sees it. */
@ServiceTest
@AutoConfigureMockMvc
class DeadlineApiTest {

    @Autowired
    MockMvc http;

    @Test
    void the_almaty_2022_march_anonymous_and_with_the_count_and_its_sources() throws Exception {
        http.perform(get("/api/v1/deadlines").param("jurisdiction", "KZ").param("form", "MARCH")
                        .param("start", "2022-03-08T11:00").param("registeredOn", "2022-02-07"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.filing.lastDay").value("2022-02-22"))
                .andExpect(jsonPath("$.result.authority.dueDate").value("2022-02-16"))
                .andExpect(jsonPath("$.result.authority.silence").value("NO_EFFECT"))
                .andExpect(jsonPath("$.result.status.filedInTime").value(true))
                .andExpect(jsonPath("$.result.authority.steps[?(@.kind=='COUNTED')]").isArray())
                .andExpect(jsonPath("$.citations[0].act").exists())
                .andExpect(jsonPath("$.countingRule").value(org.hamcrest.Matchers.startsWith("Periods before the assembly")))
                .andExpect(jsonPath("$.result.rulesOn").value("2022-02-07"))
                .andExpect(jsonPath("$.result.provisionalYears").isEmpty())
                // Every step says what its day was, and the decree the count relied on is listed as unverified.
                .andExpect(jsonPath("$.result.filing.steps[?(@.label.en == '')]").isEmpty())
                .andExpect(jsonPath("$.unverified[?(@ =~ /.*No. 713.*/)]").isNotEmpty());
    }

    @Test
    void a_year_without_decrees_is_counted_provisionally_and_a_date_before_the_law_is_refused() throws Exception {
        http.perform(get("/api/v1/deadlines").header("Accept-Language", "kk").param("jurisdiction", "KZ")
                        .param("form", "MARCH").param("start", "2035-03-08T11:00"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.provisionalYears[0]").value(2035));
        http.perform(get("/api/v1/deadlines").param("jurisdiction", "KZ").param("form", "RALLY")
                        .param("start", "2020-03-08T11:00").param("registeredOn", "2020-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("deadline.rules-not-covered-before"));
        http.perform(get("/api/v1/deadlines").param("jurisdiction", "KZ").param("form", "MARCH")
                        .param("start", "2101-03-08T11:00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("deadline.beyond-calendar"));
    }

    @Test
    void bad_questions_get_translated_problem_details() throws Exception {
        http.perform(get("/api/v1/deadlines").header("Accept-Language", "ru").param("jurisdiction", "ATLANTIS")
                        .param("form", "MARCH").param("start", "2026-12-20T11:00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("deadline.unknown-jurisdiction"))
                .andExpect(jsonPath("$.detail").value("Портал не знает юрисдикцию «ATLANTIS»."));
        http.perform(get("/api/v1/deadlines").param("jurisdiction", "US-NPS-NCR").param("form", "STATIC_ASSEMBLY")
                        .param("start", "2026-12-20T11:00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("deadline.form-not-regulated"));
        http.perform(get("/api/v1/deadlines").param("jurisdiction", "KZ").param("form", "SIT_IN")
                        .param("start", "20 Dec"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='form')].code").value("deadline.unknown-form"))
                .andExpect(jsonPath("$.errors[?(@.field=='start')].code").value("validation.date-time-format"));
        http.perform(get("/api/v1/deadlines").param("jurisdiction", "KZ").param("form", "MARCH")
                        .param("start", "2021-01-10T11:00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("deadline.too-late"));
    }

    @Test
    void the_rule_sets_are_public_and_cite_their_sources() throws Exception {
        http.perform(get("/api/v1/jurisdictions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code=='KZ')].calendarFrom").value(2020));
        http.perform(get("/api/v1/jurisdictions/GB-ENG"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.forms[?(@.form=='PROCESSION')].leadTime.period.unit").value("CLEAR_DAYS"))
                .andExpect(jsonPath("$.forms[?(@.form=='PROCESSION')].leadTime.citation.article").value("s.11(5)-(6)"));
        http.perform(get("/api/v1/jurisdictions/XX"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("jurisdiction.not-found"));
    }

    @Test
    void recording_decrees_needs_an_administrator() throws Exception {
        http.perform(get("/api/v1/admin/calendars/KZ/adjustments"))
                .andExpect(status().isUnauthorized());
    }
}
