package org.assemblyportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Kazakh, Russian and English carry the same keys, and every key the code names exists. */
class I18nKeysTest {

    private static final String BASE = "/vaadin-i18n/translations";
    /** String literals in the code that look like keys but are not user-facing text. */
    private static final Set<String> NOT_KEYS = Set.of("org.assemblyportal", "portal.language-chosen-before-login");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    /** File names (a case file's dossier.pdf, a demo's stamped-copy.jpg) are not keys either. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(pdf|jpg|jpeg|png|json|jsonl|geojson|csv|txt|zip|part)");

    @ParameterizedTest
    @ValueSource(strings = {"_ru", "_kk"})
    void each_language_has_every_english_key_and_no_other(String suffix) throws IOException {
        var english = keys("");
        var other = keys(suffix);
        assertThat(new TreeSet<>(other)).as("keys in translations%s.properties", suffix)
                .containsExactlyElementsOf(new TreeSet<>(english));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_ru", "_kk"})
    void no_translation_is_empty(String suffix) throws IOException {
        var properties = load(suffix);
        assertThat(properties.stringPropertyNames()).allSatisfy(key ->
                assertThat(properties.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void every_key_named_in_the_code_is_translated() throws IOException {
        var english = keys("");
        var used = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!FILE_NAME.matcher(matcher.group(1)).matches()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        used.removeAll(NOT_KEYS);
        assertThat(english).containsAll(used);
    }

    private static Set<String> keys(String suffix) throws IOException {
        return load(suffix).stringPropertyNames();
    }

    private static Properties load(String suffix) throws IOException {
        try (var in = I18nKeysTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
            assertThat(in).as("translations%s.properties", suffix).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
