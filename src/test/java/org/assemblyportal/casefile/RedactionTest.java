package org.assemblyportal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CASE = """
            {"case": {"title": "Almaty march", "members": [{"displayName": "Aigerim", "role": "LAWYER"}]},
             "filings": [{"recordedBy": "Dana Organizer", "snapshot": {
                 "organizers": [{"kind": "INDIVIDUAL", "name": "Dana Organizer", "idNumber": "880101300123",
                                 "address": "Almaty, Abay 1"}],
                 "contacts": "+7 701 000 00 00", "stewards": "Yerlan, Asel", "representative": "Dana",
                 "route": [{"name": "Abay Ave", "latitude": 43.238949, "longitude": 76.889709}]}}],
             "observations": [
                 {"recordedBy": "Monitor One", "location": {"latitude": 43.2401234, "longitude": 76.9123456,
                  "accuracyMetres": 8.0}, "facts": "Three metal fences, no workers",
                  "media": [{"sha256": "ab", "device": "Pixel 7", "latitude": 43.2401234}]},
                 {"recordedBy": "Monitor Two"},
                 {"recordedBy": "Monitor One"}]}
            """;

    @Test
    void the_published_copy_keeps_no_id_number_address_contact_or_device() throws Exception {
        var redacted = Redaction.forPublication().apply(JSON.readTree(CASE)).toString();

        assertThat(redacted).doesNotContain("880101300123", "Abay 1", "+7 701", "Yerlan", "Pixel 7", "Aigerim",
                "Dana Organizer", "Monitor One", "Monitor Two");
        assertThat(redacted).contains("Three metal fences, no workers", "Almaty march");
    }

    @Test
    void the_same_person_keeps_the_same_pseudonym_throughout_one_export() throws Exception {
        var tree = Redaction.forPublication().apply(JSON.readTree(CASE));

        var observations = tree.get("observations");
        assertThat(observations.get(0).get("recordedBy").asText()).isEqualTo(observations.get(2).get("recordedBy").asText())
                .startsWith("person-");
        assertThat(observations.get(1).get("recordedBy").asText()).isNotEqualTo(observations.get(0).get("recordedBy").asText());
        assertThat(tree.at("/filings/0/snapshot/organizers/0/name").asText()).isEqualTo("organizer-1");
    }

    @Test
    void locations_are_rounded_to_about_a_hundred_metres() throws Exception {
        var tree = Redaction.forPublication().apply(JSON.readTree(CASE));

        assertThat(tree.at("/observations/0/location/latitude").asDouble()).isEqualTo(43.240);
        assertThat(tree.at("/observations/0/location/longitude").asDouble()).isEqualTo(76.912);
        assertThat(tree.at("/observations/0/media/0/latitude").asDouble()).isEqualTo(43.240);
        assertThat(tree.at("/filings/0/snapshot/route/0/latitude").asDouble()).isEqualTo(43.239);
    }

    @Test
    void the_complete_case_file_changes_nothing() throws Exception {
        var original = JSON.readTree(CASE);

        assertThat(Redaction.NONE.apply(original.deepCopy())).isEqualTo(original);
        assertThat(Redaction.NONE.person("Monitor One")).isEqualTo("Monitor One");
        assertThat(Redaction.NONE.coordinate(43.2401234)).isEqualTo(43.2401234);
    }

    @Test
    void csv_fields_with_commas_quotes_or_line_breaks_are_quoted() {
        assertThat(CaseDataFiles.csvField("fences, no workers")).isEqualTo("\"fences, no workers\"");
        assertThat(CaseDataFiles.csvField("sign \"Works\"")).isEqualTo("\"sign \"\"Works\"\"\"");
        assertThat(CaseDataFiles.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
        // A monitor's text never runs as a spreadsheet formula; numbers and coordinates stay numbers.
        assertThat(CaseDataFiles.csvField("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CaseDataFiles.csvField("+1 fence")).isEqualTo("'+1 fence");
        assertThat(CaseDataFiles.csvField("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
        assertThat(CaseDataFiles.csvField("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CaseDataFiles.csvField("\tx")).isEqualTo("\"'\tx\"");
        assertThat(CaseDataFiles.csvField("-43.2567")).isEqualTo("-43.2567");
        assertThat(CaseDataFiles.csvField(-7)).isEqualTo("-7");
        assertThat(CaseDataFiles.csvField("plain")).isEqualTo("plain");
        assertThat(CaseDataFiles.csvField(null)).isEmpty();
    }
}
