package org.assemblyportal.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shipped rule files load; broken ones are refused with file, path and problem. */
class RuleFilesTest {

    static final JurisdictionService JURISDICTIONS = new JurisdictionService();

    @Test
    void the_four_shipped_jurisdictions_load_with_every_rule_cited() {
        assertThat(JURISDICTIONS.all()).extracting(JurisdictionSummary::code)
                .containsExactly("GB-ENG", "KZ", "ODIHR", "US-NPS-NCR");
        for (var summary : JURISDICTIONS.all()) {
            var jurisdiction = JURISDICTIONS.jurisdiction(summary.code()).orElseThrow();
            assertThat(jurisdiction.forms()).isNotEmpty();
            jurisdiction.forms().values().forEach(form -> {
                assertThat(form.regimeCitation()).as(summary.code() + " " + form.form()).isNotNull();
                if (form.leadTime() != null) {
                    assertThat(form.leadTime().citation().act()).isNotBlank();
                }
            });
        }
    }

    @Test
    void kazakhstan_has_the_2022_decree_transfer_and_the_corrected_holidays() {
        var calendar = JURISDICTIONS.jurisdiction("KZ").orElseThrow().calendar();
        assertThat(calendar.describe(LocalDate.of(2022, 3, 5)).kind()).isEqualTo(DayKind.TRANSFERRED_WORKING_DAY);
        assertThat(calendar.describe(LocalDate.of(2022, 3, 7)).kind()).isEqualTo(DayKind.TRANSFERRED_DAY_OFF);
        assertThat(calendar.describe(LocalDate.of(2022, 3, 8)).kind()).isEqualTo(DayKind.HOLIDAY);
        // Jollyday has only 22 March for Nauryz; the law gives 21 to 23 March.
        assertThat(calendar.describe(LocalDate.of(2023, 3, 21)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.describe(LocalDate.of(2023, 3, 23)).kind()).isEqualTo(DayKind.HOLIDAY);
        // Jollyday names 6 July "Republic Day"; it is Capital Day.
        assertThat(calendar.describe(LocalDate.of(2023, 7, 6)).label(Locale.ENGLISH)).isEqualTo("Capital Day");
        assertThat(calendar.describe(LocalDate.of(2022, 10, 25)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.describe(LocalDate.of(2021, 10, 25)).kind()).isEqualTo(DayKind.WORKING_DAY);
        assertThat(calendar.describe(LocalDate.of(2021, 12, 17)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.describe(LocalDate.of(2022, 12, 17)).kind()).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void a_kazakh_holiday_on_a_weekend_gives_the_next_working_day_off_except_religious_ones() {
        var calendar = JURISDICTIONS.jurisdiction("KZ").orElseThrow().calendar();
        // 1 May 2021 was a Saturday: Monday 3 May is off.
        assertThat(calendar.describe(LocalDate.of(2021, 5, 3)).kind()).isEqualTo(DayKind.SUBSTITUTE_DAY_OFF);
        // Orthodox Christmas on Sunday 7 January 2024: no substitute on Monday 8 January.
        assertThat(calendar.describe(LocalDate.of(2024, 1, 8)).kind()).isEqualTo(DayKind.WORKING_DAY);
    }

    @Test
    void england_has_its_special_bank_holidays() {
        var calendar = JURISDICTIONS.jurisdiction("GB-ENG").orElseThrow().calendar();
        assertThat(calendar.describe(LocalDate.of(2022, 9, 19)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.describe(LocalDate.of(2023, 5, 8)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.describe(LocalDate.of(2022, 6, 2)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.describe(LocalDate.of(2022, 5, 30)).kind()).isEqualTo(DayKind.WORKING_DAY);
        assertThat(calendar.describe(LocalDate.of(2020, 5, 8)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.describe(LocalDate.of(2020, 5, 4)).kind()).isEqualTo(DayKind.WORKING_DAY);
    }

    @Test
    void kazakhstan_counts_in_the_single_time_zone_of_march_2024() {
        var zone = JURISDICTIONS.jurisdiction("KZ").orElseThrow().summary().zone();
        assertThat(zone.getRules().getOffset(java.time.LocalDateTime.of(2024, 2, 1, 12, 0)))
                .isEqualTo(java.time.ZoneOffset.ofHours(6));
        assertThat(zone.getRules().getOffset(java.time.LocalDateTime.of(2024, 6, 1, 12, 0)))
                .isEqualTo(java.time.ZoneOffset.ofHours(5));
    }

    @Test
    void a_date_before_the_calendar_data_is_refused_and_a_later_year_is_provisional() {
        var calendar = JURISDICTIONS.jurisdiction("KZ").orElseThrow().calendar();
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2019, 12, 30)))
                .isInstanceOf(OutsideCalendarException.class).hasMessageContaining("deadline.not-covered-before");
        // 2027: Monday 4 January is the substitute for Saturday 2 January, from the holiday rules alone.
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(calendar.provisional(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(calendar.provisional(LocalDate.of(2026, 12, 31))).isFalse();
        // The new Constitution's day from 2027, and no 30 August from 2026.
        assertThat(calendar.describe(LocalDate.of(2027, 3, 15)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 1))).isFalse();
    }

    @Test
    void kazakhstan_has_every_decreed_transfer_and_the_holidays_as_the_law_stood() {
        var calendar = JURISDICTIONS.jurisdiction("KZ").orElseThrow().calendar();
        // First President's Day and the second day of Independence until 2021, Republic Day from 2022.
        assertThat(calendar.isWorkingDay(LocalDate.of(2021, 12, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2021, 12, 17))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 12, 1))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 12, 19))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 10, 25))).isFalse();
        // Decrees: days off moved, and the weekend days they made working.
        for (var off : List.of("2020-01-03", "2020-05-08", "2020-12-18", "2021-07-05", "2022-03-07", "2022-08-29",
                "2022-10-24", "2023-07-07", "2024-05-08", "2025-01-03")) {
            assertThat(calendar.describe(LocalDate.parse(off)).kind()).as(off).isEqualTo(DayKind.TRANSFERRED_DAY_OFF);
        }
        for (var working : List.of("2020-01-05", "2020-05-11", "2020-12-20", "2021-07-03", "2022-03-05", "2022-08-27",
                "2022-10-22", "2023-07-01", "2024-05-04", "2025-01-05")) {
            assertThat(calendar.describe(LocalDate.parse(working)).kind()).as(working)
                    .isEqualTo(DayKind.TRANSFERRED_WORKING_DAY);
        }
        // Kurban Ait 2024 fell on Sunday 16 June: Monday 17 June stayed a working day.
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 17))).isTrue();
    }

    @Test
    void a_broken_rule_file_names_the_file_the_path_and_the_problem() {
        var broken = """
                schemaVersion: 1
                code: XX
                name: {en: Nowhere}
                timeZone: Europe/Nowhere
                documentLanguages: [en]
                sources: {law: {act: "Some Act", url: "https://example.org/act", official: true}}
                calendar: {weekend: [SATURDAY], years: {from: 2020, to: 2021}}
                forms:
                  - form: MARCH
                    regime: NOTIFICATION
                    regimeCite: {source: law, verified: true}
                    leadTime: {amount: 5, unit: FORTNIGHTS, cite: {source: law, verified: true}}
                """;
        assertThatThrownBy(() -> read("XX.yaml", broken)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("XX.yaml").hasMessageContaining("/forms/0/leadTime/unit");
        var unknownSource = broken.replace("FORTNIGHTS", "WORKING_DAYS").replace("Europe/Nowhere", "UTC").replace("{source: law, verified: true}}\n", "{source: lex, verified: true}}\n");
        assertThatThrownBy(() -> read("XX.yaml", unknownSource)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("/forms/0/leadTime/cite/source").hasMessageContaining("no source 'lex'");
        var badZone = broken.replace("FORTNIGHTS", "WORKING_DAYS");
        assertThatThrownBy(() -> read("XX.yaml", badZone)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("/timeZone");
        assertThatThrownBy(() -> read("XX.yaml", "code: [unclosed")).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("XX.yaml");
    }

    @Test
    void almaty_has_its_designated_places_and_picket_zone_each_marked_unverified() {
        var places = JURISDICTIONS.jurisdiction("KZ").orElseThrow().places();
        assertThat(places.basis().citation().article()).isEqualTo("Art. 8(2)");
        assertThat(places.overCapacity().citation().article()).isEqualTo("Art. 18(1)(1)");
        assertThat(places.note(Locale.ENGLISH)).contains("maslikhat");
        var almaty = places.localities().get(0);
        assertThat(almaty.name(Locale.forLanguageTag("kk"))).isEqualTo("Алматы");
        assertThat(almaty.places()).extracting(DesignatedPlace::code).containsExactly("SARY_ARKA_SQUARE", "GANDHI_PARK",
                "VALIKHANOV_SQUARE", "VALIKHANOV_TO_GANDHI_ROUTE", "IMANOV_SQUARE", "ZHAMBYL_STREET_ROUTE");
        assertThat(almaty.places()).allSatisfy(p -> {
            assertThat(p.citation().verified()).isFalse();
            assertThat(p.name()).containsKeys("en", "ru", "kk");
        });
        // The maslikhat's decision of August 2024 replaced Valikhanov square and the Shevchenko street route.
        assertThat(places.on(LocalDate.of(2022, 3, 8)).localities().get(0).places()).extracting(DesignatedPlace::code)
                .containsExactly("SARY_ARKA_SQUARE", "GANDHI_PARK", "VALIKHANOV_SQUARE", "VALIKHANOV_TO_GANDHI_ROUTE");
        assertThat(places.on(LocalDate.of(2025, 3, 8)).localities().get(0).places()).extracting(DesignatedPlace::code)
                .containsExactly("SARY_ARKA_SQUARE", "GANDHI_PARK", "IMANOV_SQUARE", "ZHAMBYL_STREET_ROUTE");
        assertThat(places.on(LocalDate.of(2025, 3, 8)).localities().get(0).restrictions()).singleElement()
                .satisfies(r -> assertThat(r.distanceMetres()).isEqualTo(400));
        // Only Valikhanov square (2020) and Imanov square (2024) have a sourced occupancy; the others stay without one.
        assertThat(places.on(LocalDate.of(2022, 3, 8)).allPlaces()).filteredOn(p -> p.maxOccupancy() != null).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("VALIKHANOV_SQUARE");
                    assertThat(p.maxOccupancy()).isEqualTo(1000);
                    assertThat(p.occupancyCitation().url()).contains("ktk.kz");
                });
        var route = almaty.places().get(3);
        assertThat(route.kind()).isEqualTo(PlaceKind.ROUTE);
        assertThat(route.points(new Locale("ru"))).containsExactly("Сквер имени Чокана Валиханова", "Улица Шевченко",
                "Парк имени Махатмы Ганди");
        assertThat(places.on(LocalDate.of(2022, 3, 8)).localities().get(0).restrictions()).singleElement().satisfies(r -> {
            assertThat(r.forms()).containsExactly(AssemblyForm.PICKET);
            assertThat(r.distanceMetres()).isEqualTo(150);
            assertThat(r.citation().verified()).isFalse();
        });
        for (var code : java.util.List.of("GB-ENG", "ODIHR", "US-NPS-NCR")) {
            assertThat(JURISDICTIONS.jurisdiction(code).orElseThrow().places().listsAny()).as(code).isFalse();
        }
    }

    @Test
    void a_broken_designated_place_names_its_path_and_the_problem() throws IOException {
        var file = """
                schemaVersion: 1
                code: XX
                name: {en: Nowhere}
                timeZone: UTC
                documentLanguages: [en]
                sources: {law: {act: "Some Act", url: "https://example.org/act", official: true}}
                calendar: {weekend: [SATURDAY], years: {from: 2020, to: 2021}}
                forms:
                  - {form: MARCH, regime: NOTIFICATION, regimeCite: {source: law, verified: true}}
                designatedPlaces:
                  basis: {label: {en: The council designates places}, cite: {source: law, verified: false}}
                  localities:
                    - code: TOWN
                      name: {en: Town}
                      places:
                        - {code: SQUARE, kind: PLACE, name: {en: Square}, cite: {source: law, verified: false}}
                        - {code: WALK, kind: ROUTE, name: {en: Walk}, POINTS, cite: {source: law, verified: false}}
                      restrictions:
                        - {code: ZONE, forms: [MARCH], description: {en: No marches near the school}, cite: {source: law, verified: false}}
                """;
        assertThat(read("XX.yaml", file.replace("POINTS", "points: [{en: A}, {en: B}]")).jurisdiction().places()
                .allPlaces()).hasSize(2);
        assertThatThrownBy(() -> read("XX.yaml", file.replace(", POINTS", ""))).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("/designatedPlaces/localities/0/places/1").hasMessageContaining("points");
        var pointsOnAPlace = file.replace("POINTS", "points: [{en: A}, {en: B}]")
                .replace("name: {en: Square},", "name: {en: Square}, points: [{en: A}, {en: B}],");
        assertThatThrownBy(() -> read("XX.yaml", pointsOnAPlace)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("/designatedPlaces/localities/0/places/0/points")
                .hasMessageContaining("only a ROUTE has points");
        var noCapacityCite = file.replace("POINTS", "points: [{en: A}, {en: B}]")
                .replace("name: {en: Square},", "name: {en: Square}, maxOccupancy: {amount: 500},");
        assertThatThrownBy(() -> read("XX.yaml", noCapacityCite)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("/designatedPlaces/localities/0/places/0/maxOccupancy").hasMessageContaining("cite");
        var unregulatedForm = file.replace("POINTS", "points: [{en: A}, {en: B}]").replace("forms: [MARCH]", "forms: [PICKET]");
        assertThatThrownBy(() -> read("XX.yaml", unregulatedForm)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("/designatedPlaces/localities/0/restrictions/0/forms")
                .hasMessageContaining("PICKET");
        var twice = file.replace("POINTS", "points: [{en: A}, {en: B}]").replace("code: WALK", "code: SQUARE");
        assertThatThrownBy(() -> read("XX.yaml", twice)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("/designatedPlaces/localities/0/places/1/code").hasMessageContaining("appears twice");
    }

    @Test
    void kazakhstan_marks_refusals_alternatives_and_the_channels_that_need_a_registered_copy() {
        var compliance = JURISDICTIONS.jurisdiction("KZ").orElseThrow().compliance();

        assertThat(compliance.isRefusal("REFUSED")).isTrue();
        assertThat(compliance.isRefusal("APPROVED")).isFalse();
        assertThat(compliance.offersAlternative("ALTERNATIVE_PROPOSED")).isTrue();
        assertThat(compliance.alternativeBeforeRefusal().act()).contains("Constitutional Court");
        assertThat(compliance.channelsNeedingCopy()).containsExactlyInAnyOrder("EMAIL", "SMS");
        assertThat(compliance.copyChannel()).isEqualTo("REGISTERED_MAIL");
        assertThat(compliance.copyRule().article()).isEqualTo("Arts. 11(2), 13(2)");
        var england = JURISDICTIONS.jurisdiction("GB-ENG").orElseThrow().compliance();
        assertThat(england.isRefusal("PROHIBITED")).isTrue();
        assertThat(england.alternativeBeforeRefusal()).isNull();
        assertThat(england.channelsNeedingCopy()).isEmpty();
    }

    @Test
    void a_compliance_code_that_the_file_does_not_define_stops_start_up_with_its_path() throws IOException {
        var file = """
                schemaVersion: 1
                code: XX
                name: {en: Nowhere}
                timeZone: UTC
                documentLanguages: [en]
                sources: {law: {act: "Some Act", url: "https://example.org/act", official: true}}
                calendar: {weekend: [SATURDAY], years: {from: 2020, to: 2021}}
                forms:
                  - {form: MARCH, regime: APPROVAL, regimeCite: {source: law, verified: true}}
                outcomes:
                  - {code: DENIED, label: {en: Refused}, cite: {source: law, verified: true}}
                deliveryChannels:
                  - {code: POST, label: {en: Post}, cite: {source: law, verified: true}}
                  - {code: MAIL, label: {en: E-mail}, cite: {source: law, verified: true}}
                compliance:
                  refusalOutcomes: [REFUSAL]
                  registeredCopy: {channels: [MAIL], by: POST, cite: {source: law, verified: true}}
                """;
        assertThatThrownBy(() -> read("XX.yaml", file)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("/compliance/refusalOutcomes").hasMessageContaining("REFUSAL");
        assertThat(read("XX.yaml", file.replace("[REFUSAL]", "[DENIED]")).jurisdiction().compliance().isRefusal("DENIED")).isTrue();
        assertThatThrownBy(() -> read("XX.yaml", file.replace("[REFUSAL]", "[DENIED]").replace("by: POST", "by: PIGEON")))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("/compliance/registeredCopy/by");
    }

    @Test
    void kazakhstan_permits_vehicles_to_be_barred_from_a_march_and_structures_only_from_a_picket() {
        var compliance = JURISDICTIONS.jurisdiction("KZ").orElseThrow().compliance();

        assertThat(compliance.permittedConditions(AssemblyForm.MARCH)).extracting(PermittedCondition::code)
                .containsExactly("ART8_3_3_CONDITIONS", "NO_SOUND_AMPLIFICATION", "NO_VEHICLES");
        assertThat(compliance.permittedConditions(AssemblyForm.PICKET)).extracting(PermittedCondition::code)
                .containsExactly("ART8_3_3_CONDITIONS", "NO_SOUND_AMPLIFICATION", "NO_STRUCTURES");
        assertThat(compliance.permittedConditions(AssemblyForm.MARCH).get(2).citation().article()).isEqualTo("Art. 13(1)");
        assertThat(compliance.permittedConditions(AssemblyForm.PICKET).get(2).label(Locale.forLanguageTag("ru")))
                .isEqualTo("Без юрт, палаток и иных сооружений");
        var england = JURISDICTIONS.jurisdiction("GB-ENG").orElseThrow().compliance();
        assertThat(england.permittedConditions(AssemblyForm.MARCH)).extracting(PermittedCondition::code).contains("ROUTE")
                .doesNotContain("ASSEMBLY_MAX_NUMBER");
        assertThat(england.permittedConditions(AssemblyForm.STATIC_ASSEMBLY)).extracting(PermittedCondition::code)
                .contains("ASSEMBLY_MAX_NUMBER").doesNotContain("ROUTE");
        assertThat(JURISDICTIONS.jurisdiction("ODIHR").orElseThrow().compliance().permittedConditions()).isEmpty();
    }

    @Test
    void a_permitted_condition_for_an_unlisted_form_or_with_the_portals_own_code_stops_start_up() throws IOException {
        var file = """
                schemaVersion: 1
                code: XX
                name: {en: Nowhere}
                timeZone: UTC
                documentLanguages: [en]
                sources: {law: {act: "Some Act", url: "https://example.org/act", official: true}}
                calendar: {weekend: [SATURDAY], years: {from: 2020, to: 2021}}
                forms:
                  - {form: MARCH, regime: APPROVAL, regimeCite: {source: law, verified: true}}
                permittedConditions:
                  - {code: NO_MUSIC, forms: [PICKET], label: {en: No music}, cite: {source: law, verified: true}}
                """;
        assertThatThrownBy(() -> read("XX.yaml", file)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("/permittedConditions/0/forms").hasMessageContaining("PICKET");
        assertThat(read("XX.yaml", file.replace("[PICKET]", "[MARCH]")).jurisdiction().compliance()
                .permittedConditions(AssemblyForm.MARCH)).extracting(PermittedCondition::code).containsExactly("NO_MUSIC");
        assertThatThrownBy(() -> read("XX.yaml", file.replace("[PICKET]", "[MARCH]").replace("NO_MUSIC", "CONDITION_NOT_IN_LAW")))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("/permittedConditions/0/code");
    }

    @Test
    void each_appeal_route_names_its_body_and_period_and_says_where_it_is_unverified() {
        var kz = JURISDICTIONS.jurisdiction("KZ").orElseThrow().appeal();
        assertThat(kz.body(Locale.forLanguageTag("ru"))).contains("межрайонный административный суд");
        assertThat(kz.deadline().period()).isEqualTo(new Period(3, PeriodUnit.MONTHS));
        assertThat(kz.concludedBeforeEvent()).isFalse();
        assertThat(kz.verified()).as("the Kazakh period is not confirmed in our sources").isFalse();

        var england = JURISDICTIONS.jurisdiction("GB-ENG").orElseThrow().appeal();
        assertThat(england.body(Locale.ENGLISH)).contains("High Court");
        assertThat(england.deadline().citation().article()).isEqualTo("r. 54.5(1)");
        assertThat(england.deadline().citation().verified()).isFalse();

        var model = JURISDICTIONS.jurisdiction("ODIHR").orElseThrow().appeal();
        assertThat(model.deadline()).as("no fixed period").isNull();
        assertThat(model.concludedBeforeEvent()).isTrue();
        // A rule file without an appeal section still loads.
        assertThat(JURISDICTIONS.jurisdiction("US-NPS-NCR").orElseThrow().appeal()).isNull();
    }

    @Test
    void an_appeal_section_needs_a_body_and_a_cited_period_in_a_known_unit() throws IOException {
        var file = """
                schemaVersion: 1
                code: XX
                name: {en: Nowhere}
                timeZone: UTC
                documentLanguages: [en]
                sources: {law: {act: "Some Act", url: "https://example.org/act", official: true}}
                calendar: {weekend: [SATURDAY], years: {from: 2020, to: 2021}}
                forms:
                  - {form: MARCH, regime: APPROVAL, regimeCite: {source: law, verified: true}}
                appeal:
                  body: {en: The court}
                  deadline: {amount: 10, unit: CALENDAR_DAYS, cite: {source: law, article: "s.9", verified: true}}
                  concludedBeforeEvent: true
                  cite: {source: law, verified: true}
                """;
        var appeal = read("XX.yaml", file).jurisdiction().appeal();
        assertThat(appeal.body(Locale.forLanguageTag("kk"))).isEqualTo("The court");
        assertThat(appeal.verified()).isTrue();
        assertThatThrownBy(() -> read("XX.yaml", file.replace("CALENDAR_DAYS", "FORTNIGHTS")))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("/appeal/deadline/unit");
        assertThatThrownBy(() -> read("XX.yaml", file.replace("  body: {en: The court}\n", "")))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("body");
        assertThatThrownBy(() -> read("XX.yaml", file.replace("cite: {source: law, article: \"s.9\"", "cite: {source: lore, article: \"s.9\"")))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("/appeal/deadline/cite/source");
    }

    private static RuleFileReader.Loaded read(String name, String content) throws IOException {
        return new RuleFileReader().read(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }
}
