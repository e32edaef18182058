package org.assemblyportal.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assemblyportal.authority.ComplianceFinding.Kind;
import org.assemblyportal.authority.ComplianceInput.Answer;
import org.assemblyportal.base.i18n.MessageKey;
import org.assemblyportal.jurisdiction.Citation;
import org.assemblyportal.jurisdiction.SilenceRule;
import org.junit.jupiter.api.Test;

/** Every flag both ways, on the Almaty 2022 march: registered 7 February, due 16 February. */
class ComplianceRulesTest {

    static final Citation ART_13_1 = new Citation("Law 333-VI", "Art. 13(1)", null, true);
    static final Citation CC_61_NP = new Citation("Constitutional Court 61-NP", "on Art. 14(1)(10)", null, true);
    static final Citation ART_13_2 = new Citation("Law 333-VI", "Art. 13(2)", null, true);
    static final LocalDate DUE = LocalDate.of(2022, 2, 16);
    static final Set<String> GROUNDS = Set.of("ART14_1_1", "ART14_1_3", "ART14_1_10");

    private static ComplianceInput input(LocalDate today, Answer answer) {
        return new ComplianceInput(today, DUE, ART_13_1, SilenceRule.NO_EFFECT, answer, GROUNDS, CC_61_NP, ART_13_2,
                Set.of("EMAIL", "SMS"));
    }

    private static Answer refusal(LocalDate decided, LocalDate received, List<String> grounds, boolean alternative,
            String channel, boolean copy) {
        return new Answer(decided, received, true, grounds, alternative, channel, copy);
    }

    private static List<Kind> kinds(ComplianceInput input) {
        return ComplianceRules.evaluate(input).stream().map(ComplianceFinding::kind).toList();
    }

    @Test
    void the_almaty_refusal_dated_17_february_is_late_by_one_day_and_offered_no_alternative() {
        var findings = ComplianceRules.evaluate(input(LocalDate.of(2022, 3, 1),
                refusal(LocalDate.of(2022, 2, 17), LocalDate.of(2022, 2, 17), List.of("ART14_1_3"), false, "COURIER", false)));

        assertThat(findings).extracting(ComplianceFinding::kind)
                .containsExactly(Kind.ANSWER_LATE, Kind.NO_ALTERNATIVE_BEFORE_REFUSAL);
        assertThat(findings.get(0).arguments()).containsExactly(LocalDate.of(2022, 2, 17), LocalDate.of(2022, 2, 16), 1L);
        assertThat(findings.get(0).citations()).containsExactly(ART_13_1);
        assertThat(findings.get(1).citations()).containsExactly(CC_61_NP);
    }

    @Test
    void an_answer_on_the_due_date_is_in_time() {
        assertThat(kinds(input(LocalDate.of(2022, 3, 1),
                new Answer(DUE, DUE, false, List.of(), false, "COURIER", false)))).isEmpty();
    }

    @Test
    void an_answer_dated_in_time_but_received_later_is_flagged_as_received_late() {
        assertThat(kinds(input(LocalDate.of(2022, 3, 1),
                new Answer(DUE, LocalDate.of(2022, 2, 21), false, List.of(), false, "REGISTERED_MAIL", false))))
                .containsExactly(Kind.RECEIVED_LATE);
    }

    @Test
    void silence_is_flagged_only_once_the_due_date_has_passed() {
        assertThat(kinds(input(DUE, null))).isEmpty();
        var findings = ComplianceRules.evaluate(input(DUE.plusDays(1), null));
        assertThat(findings).extracting(ComplianceFinding::kind).containsExactly(Kind.NO_ANSWER);
        assertThat(findings.get(0).arguments()).containsExactly(LocalDate.of(2022, 2, 16), new MessageKey("silence.no-effect"));
    }

    @Test
    void a_refusal_for_a_reason_outside_the_law_is_flagged_and_one_inside_is_not() {
        assertThat(kinds(input(DUE, refusal(DUE, DUE, List.of("REPAIR_WORKS", "ART14_1_3"), true, "COURIER", false))))
                .containsExactly(Kind.GROUND_NOT_IN_LAW);
        assertThat(ComplianceRules.evaluate(input(DUE, refusal(DUE, DUE, List.of("REPAIR_WORKS"), true, "COURIER", false)))
                .get(0).arguments()).containsExactly("REPAIR_WORKS");
        assertThat(kinds(input(DUE, refusal(DUE, DUE, List.of("ART14_1_3"), true, "COURIER", false)))).isEmpty();
    }

    @Test
    void a_refusal_with_an_alternative_offered_or_where_no_rule_asks_for_one_is_not_flagged() {
        assertThat(kinds(input(DUE, refusal(DUE, DUE, List.of("ART14_1_10"), true, "COURIER", false)))).isEmpty();
        var noRule = new ComplianceInput(DUE, DUE, ART_13_1, SilenceRule.NO_EFFECT,
                refusal(DUE, DUE, List.of("ART14_1_10"), false, "COURIER", false), GROUNDS, null, ART_13_2, Set.of("EMAIL"));
        assertThat(kinds(noRule)).isEmpty();
    }

    @Test
    void a_decision_by_email_without_the_registered_copy_is_flagged_and_with_it_is_not() {
        var approval = new Answer(DUE, DUE, false, List.of(), false, "EMAIL", false);
        assertThat(kinds(input(DUE, approval))).containsExactly(Kind.NO_REGISTERED_COPY);
        assertThat(kinds(input(DUE, new Answer(DUE, DUE, false, List.of(), false, "EMAIL", true)))).isEmpty();
        assertThat(kinds(input(DUE, new Answer(DUE, DUE, false, List.of(), false, "COURIER", false)))).isEmpty();
    }

    @Test
    void an_approval_barring_vehicles_from_the_march_is_in_order_but_one_barring_tents_is_beyond_the_rules() {
        var art13 = List.of(ART_13_1);
        var permitted = Set.of("NO_SOUND_AMPLIFICATION", "NO_VEHICLES");
        var inOrder = new Answer(DUE, DUE, false, List.of(), false, "COURIER", false, List.of("NO_VEHICLES"));
        assertThat(kinds(new ComplianceInput(DUE, DUE, ART_13_1, SilenceRule.NO_EFFECT, inOrder, GROUNDS, CC_61_NP,
                ART_13_2, Set.of("EMAIL"), permitted, art13))).isEmpty();

        var beyond = new Answer(DUE, DUE, false, List.of(), false, "COURIER", false,
                List.of("NO_VEHICLES", "NO_STRUCTURES", ResponseService.CONDITION_NOT_IN_LAW));
        var findings = ComplianceRules.evaluate(new ComplianceInput(DUE, DUE, ART_13_1, SilenceRule.NO_EFFECT, beyond,
                GROUNDS, CC_61_NP, ART_13_2, Set.of("EMAIL"), permitted, art13));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CONDITIONS_BEYOND_RULES);
            assertThat(f.arguments()).containsExactly("NO_STRUCTURES, CONDITION_NOT_IN_LAW");
            assertThat(f.citations()).containsExactly(ART_13_1);
        });
    }

    @Test
    void an_answer_without_coded_conditions_is_never_beyond_the_rules() {
        assertThat(kinds(new ComplianceInput(DUE, DUE, ART_13_1, SilenceRule.NO_EFFECT,
                new Answer(DUE, DUE, false, List.of(), false, "COURIER", false, List.of()), GROUNDS, CC_61_NP, ART_13_2,
                Set.of("EMAIL"), Set.of(), List.of()))).isEmpty();
    }

    @Test
    void where_the_law_sets_the_authority_no_deadline_nothing_is_late() {
        var england = new ComplianceInput(LocalDate.of(2030, 1, 1), null, null, null, null, Set.of(), null, null, Set.of());
        assertThat(kinds(england)).isEmpty();
    }
}
