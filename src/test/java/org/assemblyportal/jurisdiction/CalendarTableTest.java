package org.assemblyportal.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The engine against an independent day list: the per-year tables of docs/jurisdictions.md, written
 * from the sources (src/bench/calendar-table.py), not from the engine or Jollyday. Every row must hold
 * in the engine, the engine must have no other day off on a weekday nor working weekend day, and
 * 2,000 random deadlines per jurisdiction and form, counted here with the tables alone, must come out
 * the same as the engine's (docs/decisions/005-counting-legal-periods.md is the counting rule).
 */
class CalendarTableTest {

    private static final JurisdictionService JURISDICTIONS = RuleFilesTest.JURISDICTIONS;
    private static final Pattern ROW = Pattern.compile(
            "^\\| (\\d{4}-\\d{2}-\\d{2}) \\| (\\w{3}) \\| (off|working) \\| (.+?) \\| (.+?) \\|$");
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 12, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Map<String, Map<LocalDate, Boolean>> TABLES = read();

    /** Per jurisdiction, each listed day and whether it is a working day. */
    private static Map<String, Map<LocalDate, Boolean>> read() {
        String text;
        try {
            text = Files.readString(Path.of("docs", "jurisdictions.md"));
        } catch (IOException e) {
            throw new IllegalStateException("docs/jurisdictions.md must be readable from the project directory", e);
        }
        var tables = new HashMap<String, Map<LocalDate, Boolean>>();
        Map<LocalDate, Boolean> current = null;
        for (var line : text.split("\n")) {
            var marker = line.strip();
            if (marker.startsWith("<!-- calendar-table ")) {
                current = new HashMap<>();
                tables.put(marker.substring("<!-- calendar-table ".length(), marker.length() - " -->".length()), current);
                continue;
            }
            var row = ROW.matcher(marker);
            if (current != null && row.matches()) {
                var date = LocalDate.parse(row.group(1));
                assertThat(row.group(2)).as("weekday of " + date).isEqualTo(date.getDayOfWeek().getDisplayName(
                        java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH));
                assertThat(row.group(5)).as("source of " + date).isNotBlank();
                current.put(date, row.group(3).equals("working"));
            }
        }
        return tables;
    }

    /** Working or not by the table alone: a listed day as listed, any other day by the weekend. */
    private static boolean working(String code, LocalDate day) {
        var listed = TABLES.get(code).get(day);
        return listed != null ? listed : day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Test
    void the_tables_cover_the_three_calendars_for_every_year() {
        assertThat(TABLES).containsOnlyKeys("KZ", "GB-ENG", "US-NPS-NCR");
        TABLES.forEach((code, days) -> assertThat(new TreeSet<>(days.keySet().stream().map(LocalDate::getYear).toList()))
                .as(code).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027));
    }

    @TestFactory
    List<DynamicTest> every_row_holds_in_the_engine_and_the_engine_has_no_other_exception() {
        var tests = new ArrayList<DynamicTest>();
        TABLES.forEach((code, days) -> tests.add(DynamicTest.dynamicTest(code, () -> {
            var calendar = JURISDICTIONS.jurisdiction(code).orElseThrow().calendar();
            for (var day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
                assertThat(calendar.isWorkingDay(day)).as(code + " " + day + " " + calendar.describe(day))
                        .isEqualTo(working(code, day));
            }
        })));
        return tests;
    }

    private record Form(String jurisdiction, AssemblyForm form) {
    }

    @TestFactory
    List<DynamicTest> two_thousand_random_deadlines_per_jurisdiction_and_form_agree_with_a_count_by_the_tables() {
        var forms = new ArrayList<Form>();
        for (var code : TABLES.keySet()) {
            JURISDICTIONS.jurisdiction(code).orElseThrow().forms().values().stream()
                    .filter(rule -> rule.leadTime() != null || rule.response() != null)
                    .forEach(rule -> forms.add(new Form(code, rule.form())));
        }
        assertThat(forms).hasSizeGreaterThanOrEqualTo(12);
        return forms.stream().map(form -> DynamicTest.dynamicTest(form.jurisdiction() + " " + form.form(),
                () -> agree(form, new Random(form.toString().hashCode())))).toList();
    }

    private static void agree(Form form, Random random) {
        var jurisdiction = JURISDICTIONS.jurisdiction(form.jurisdiction()).orElseThrow();
        // Kazakhstan's law is in force from 6 June 2020; counts stay inside the tables' years.
        var from = LocalDate.of(2020, 7, 1);
        var span = (int) ChronoUnit.DAYS.between(from, LocalDate.of(2027, 12, 10));
        for (var i = 0; i < 2000; i++) {
            var event = from.plusDays(random.nextInt(span)).atTime(LocalTime.of(8 + random.nextInt(12), 15 * random.nextInt(4)));
            var registered = event.toLocalDate().minusDays(1 + random.nextInt(20));
            var result = DeadlineCalculator.compute(jurisdiction,
                    new DeadlineQuery(form.jurisdiction(), form.form(), event, registered), TODAY);
            var rule = jurisdiction.form(form.form(), registered).orElseThrow();
            var what = form + " event " + event + " registered " + registered;
            if (rule.leadTime() != null) {
                var period = rule.leadTime().period();
                switch (period.unit()) {
                    case WORKING_DAYS -> assertThat(result.filing().lastDay()).as(what)
                            .isEqualTo(back(form.jurisdiction(), event.toLocalDate(), period.amount()));
                    case CLEAR_DAYS -> assertThat(result.filing().lastDay()).as(what)
                            .isEqualTo(event.toLocalDate().minusDays(period.amount() + 1L));
                    case HOURS -> assertThat(result.filing().lastMoment()).as(what)
                            .isEqualTo(lastOfficeMoment(form.jurisdiction(), rule,
                                    event.atZone(jurisdiction.summary().zone()).minusHours(period.amount())));
                    default -> throw new AssertionError("no independent count for " + period.unit());
                }
            }
            if (rule.response() != null && rule.response().period().unit() == PeriodUnit.WORKING_DAYS) {
                assertThat(result.authority().dueDate()).as(what)
                        .isEqualTo(forward(form.jurisdiction(), registered, rule.response().period().amount()));
            }
        }
    }

    /** The n-th working day before the day of the event, which itself does not count. */
    private static LocalDate back(String code, LocalDate event, int n) {
        return count(code, event, n, -1);
    }

    /** The n-th working day after the day of registration, which itself does not count. */
    private static LocalDate forward(String code, LocalDate registered, int n) {
        return count(code, registered, n, 1);
    }

    private static LocalDate count(String code, LocalDate from, int n, int direction) {
        var day = from;
        for (var counted = 0; counted < n; ) {
            day = day.plusDays(direction);
            if (working(code, day)) {
                counted++;
            }
        }
        return day;
    }

    /** Where the office takes filings only in hours on working days, the latest such moment not after {@code latest}. */
    private static ZonedDateTime lastOfficeMoment(String code, FormRule rule, ZonedDateTime latest) {
        if (rule.filingHours() == null) {
            return latest;
        }
        var hours = rule.filingHours();
        var moment = latest;
        while (true) {
            var day = moment.toLocalDate();
            if (working(code, day) && !moment.toLocalTime().isBefore(hours.from())) {
                return moment.toLocalTime().isAfter(hours.to()) ? day.atTime(hours.to()).atZone(moment.getZone()) : moment;
            }
            moment = day.minusDays(1).atTime(hours.to()).atZone(moment.getZone());
        }
    }

    @Test
    void the_provisional_year_is_kazakhstans_2027_and_its_estimated_kurban_ait_falls_on_a_sunday() {
        var calendar = JURISDICTIONS.jurisdiction("KZ").orElseThrow().calendar();
        assertThat(calendar.provisional(LocalDate.of(2027, 6, 1))).isTrue();
        assertThat(calendar.specialDays(2027)).filteredOn(d -> d.label(java.util.Locale.ENGLISH).equals("Kurban Ait"))
                .singleElement().satisfies(d -> assertThat(d.date().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY));
        assertThat(LocalDateTime.of(2027, 1, 1, 0, 0).getYear()).isEqualTo(2027);
    }
}
