package org.assemblyportal.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.assemblyportal.assembly.ApplicationData.Waypoint;
import org.assemblyportal.jurisdiction.ApplicationField;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.junit.jupiter.api.Test;

class DraftMergeTest {

    final ApplicationData base = ApplicationData.empty().withForm(AssemblyForm.MARCH).withPurpose("Equal pay")
            .withRoute(List.of(new Waypoint("Central Park", null, null)));

    @Test
    void edits_of_different_parts_are_both_kept() {
        var mine = base.withPurpose("Equal pay for women");
        var theirs = base.withRoute(List.of(new Waypoint("Central Park", null, null), new Waypoint("Abay Square", null, null)))
                .withParticipants(300);

        var result = DraftMerge.merge(base, mine, theirs);

        assertThat(result.clean()).isTrue();
        assertThat(result.merged().purpose()).isEqualTo("Equal pay for women");
        assertThat(result.merged().route()).extracting(Waypoint::name).containsExactly("Central Park", "Abay Square");
        assertThat(result.merged().participants()).isEqualTo(300);
    }

    @Test
    void the_same_part_changed_differently_is_a_conflict_and_keeps_theirs() {
        var mine = base.withPurpose("Mine").withParticipants(50);
        var theirs = base.withPurpose("Theirs");

        var result = DraftMerge.merge(base, mine, theirs);

        assertThat(result.conflicts()).containsExactly(ApplicationField.PURPOSE);
        assertThat(result.merged().purpose()).isEqualTo("Theirs");
        assertThat(result.merged().participants()).isEqualTo(50);
    }

    @Test
    void the_same_change_on_both_sides_is_no_conflict() {
        var start = LocalDateTime.of(2026, 12, 20, 11, 0);
        var mine = base.withTimes(start, start.plusHours(2));
        var theirs = base.withTimes(start, start.plusHours(2));

        assertThat(DraftMerge.merge(base, mine, theirs).clean()).isTrue();
    }

    @Test
    void a_place_and_a_route_are_one_part() {
        var mine = base.withPlace("Republic Square");
        var theirs = base.withRoute(List.of());

        assertThat(DraftMerge.merge(base, mine, theirs).conflicts()).containsExactly(ApplicationField.PLACE_OR_ROUTE);
    }

    @Test
    void keeping_mine_overwrites_only_the_conflicting_parts() {
        var mine = base.withPurpose("Mine");
        var theirs = base.withPurpose("Theirs").withParticipants(80);

        var kept = DraftMerge.keepMine(DraftMerge.merge(base, mine, theirs), mine);

        assertThat(kept.purpose()).isEqualTo("Mine");
        assertThat(kept.participants()).isEqualTo(80);
        assertThat(DraftMerge.changedParts(theirs, kept)).containsExactly(ApplicationField.PURPOSE);
    }
}
