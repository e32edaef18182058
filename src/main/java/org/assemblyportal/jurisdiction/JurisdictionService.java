package org.assemblyportal.jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The jurisdictions the portal knows, read once at start-up from the rule files. A rule file that
 * cannot be read stops the start with a message naming the file and the problem.
 */
@Service
public class JurisdictionService {

    static final String LOCATION = "classpath*:jurisdictions/*.yaml";

    private final Map<String, JurisdictionSummary> byCode;

    JurisdictionService() {
        this.byCode = load();
    }

    @PreAuthorize("permitAll()")
    public List<JurisdictionSummary> all() {
        return byCode.values().stream().sorted(Comparator.comparing(JurisdictionSummary::code)).toList();
    }

    @PreAuthorize("permitAll()")
    public Optional<JurisdictionSummary> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    private static Map<String, JurisdictionSummary> load() {
        try {
            var files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return java.util.Arrays.stream(files).map(JurisdictionService::read)
                    .collect(Collectors.toMap(JurisdictionSummary::code, Function.identity(), (a, b) -> {
                        throw new IllegalStateException("Two rule files declare jurisdiction " + a.code());
                    }));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the jurisdiction rule files", e);
        }
    }

    @SuppressWarnings("unchecked")
    static JurisdictionSummary read(Resource file) {
        var name = file.getFilename();
        try (InputStream in = file.getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (root == null) {
                throw new RuleFileException(name, "/", "the file is empty");
            }
            var code = text(root, "code", name);
            var names = (Map<String, String>) required(root, "name", name);
            if (!names.containsKey("en")) {
                throw new RuleFileException(name, "/name/en", "an English name is required");
            }
            ZoneId zone;
            try {
                zone = ZoneId.of(text(root, "timeZone", name));
            } catch (DateTimeException unknownZone) {
                throw new RuleFileException(name, "/timeZone", "not a tz database zone: " + root.get("timeZone"));
            }
            var languages = (List<String>) required(root, "documentLanguages", name);
            return new JurisdictionSummary(code, names, zone, languages);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read jurisdiction rule file " + name, e);
        } catch (ClassCastException wrongType) {
            throw new RuleFileException(name, "/", "a value has the wrong type: " + wrongType.getMessage());
        }
    }

    private static Object required(Map<String, Object> root, String key, String file) {
        var value = root.get(key);
        if (value == null) {
            throw new RuleFileException(file, "/" + key, "is required");
        }
        return value;
    }

    private static String text(Map<String, Object> root, String key, String file) {
        return required(root, key, file).toString();
    }
}
