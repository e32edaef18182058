package org.assemblyportal.jurisdiction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The jurisdictions the portal knows, read from the rule files at start-up. A broken rule file
 * stops the start with a message naming the file, the path inside it and the problem.
 */
@Service
public class JurisdictionService {

    static final String LOCATION = "classpath*:jurisdictions/*.yaml";

    private final Map<String, RuleFileReader.Loaded> loaded;
    private final Map<String, Jurisdiction> current = new ConcurrentHashMap<>();

    JurisdictionService() {
        this.loaded = loadAll();
        loaded.forEach((code, file) -> current.put(code, file.jurisdiction()));
    }

    @PreAuthorize("permitAll()")
    public List<JurisdictionSummary> all() {
        return current.values().stream().map(Jurisdiction::summary)
                .sorted(Comparator.comparing(JurisdictionSummary::code)).toList();
    }

    @PreAuthorize("permitAll()")
    public Optional<JurisdictionSummary> find(String code) {
        return jurisdiction(code).map(Jurisdiction::summary);
    }

    /** The full rule set, with the calendar as it stands with every decree recorded so far. */
    @PreAuthorize("permitAll()")
    public Optional<Jurisdiction> jurisdiction(String code) {
        return Optional.ofNullable(code).map(current::get);
    }

    /** Rebuilds a calendar with the decrees administrators recorded on top of the rule file's. */
    void applyAdjustments(String code, List<CalendarAdjustment> adjustments, int confirmedLastYear) {
        var file = loaded.get(code);
        if (file != null) {
            current.put(code, file.jurisdiction().withCalendar(
                    CalendarBuilder.build(code, file.calendar(), adjustments, confirmedLastYear)));
        }
    }

    /** The last year of calendar data the rule file itself provides. */
    int shippedLastYear(String code) {
        return loaded.get(code).calendar().lastYear();
    }

    private static Map<String, RuleFileReader.Loaded> loadAll() {
        var reader = new RuleFileReader();
        try {
            var files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            var result = new ConcurrentHashMap<String, RuleFileReader.Loaded>();
            for (Resource file : Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                RuleFileReader.Loaded rules;
                try (var in = file.getInputStream()) {
                    rules = reader.read(file.getFilename(), in);
                }
                if (!file.getFilename().equals(rules.jurisdiction().code() + ".yaml")) {
                    throw new RuleFileException(file.getFilename(), "/code",
                            "the file of jurisdiction " + rules.jurisdiction().code() + " must be named "
                                    + rules.jurisdiction().code() + ".yaml");
                }
                result.put(rules.jurisdiction().code(), rules);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the jurisdiction rule files", e);
        }
    }
}
