package org.assemblyportal.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.assemblyportal.jurisdiction.ApplicationField;

/**
 * Merges two co-organizers' edits of one draft, part by part: what only one of them changed is
 * kept; a part both changed differently is a conflict for a person to settle, never overwritten.
 */
public final class DraftMerge {

    /** The merged draft and the parts both sides changed differently (those keep the other's version). */
    public record Result(ApplicationData merged, List<ApplicationField> conflicts) {

        public Result {
            conflicts = List.copyOf(conflicts);
        }

        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    private record Part(ApplicationField field, Function<ApplicationData, Object> value,
            BiFunction<ApplicationData, ApplicationData, ApplicationData> copy) {
    }

    private static final List<Part> PARTS = List.of(
            new Part(ApplicationField.FORM, ApplicationData::form, (to, from) -> to.withForm(from.form())),
            new Part(ApplicationField.PURPOSE, ApplicationData::purpose, (to, from) -> to.withPurpose(from.purpose())),
            new Part(ApplicationField.ORGANIZER, ApplicationData::organizers,
                    (to, from) -> to.withOrganizers(from.organizers())),
            new Part(ApplicationField.REPRESENTATIVE, ApplicationData::representative,
                    (to, from) -> to.withRepresentative(from.representative())),
            // The addressee goes with the place: the locality decides which akimat is addressed.
            new Part(ApplicationField.PLACE_OR_ROUTE,
                    d -> List.of(Objects.toString(d.place(), ""), d.route(), Objects.toString(d.addressee(), "")),
                    (to, from) -> to.withPlace(from.place()).withRoute(from.route()).withAddressee(from.addressee())),
            new Part(ApplicationField.START_AND_END, d -> Objects.toString(d.start()) + "/" + d.end(),
                    (to, from) -> to.withTimes(from.start(), from.end())),
            new Part(ApplicationField.PARTICIPANTS, ApplicationData::participants,
                    (to, from) -> to.withParticipants(from.participants())),
            new Part(ApplicationField.EQUIPMENT, ApplicationData::equipment, (to, from) -> to.withEquipment(from.equipment())),
            new Part(ApplicationField.STEWARDS, ApplicationData::stewards, (to, from) -> to.withStewards(from.stewards())),
            new Part(ApplicationField.CONTACTS, ApplicationData::contacts, (to, from) -> to.withContacts(from.contacts())));

    private DraftMerge() {
    }

    /** The merge, but with this user's version of the parts that conflicted: a deliberate overwrite. */
    public static ApplicationData keepMine(Result result, ApplicationData mine) {
        var data = result.merged();
        for (var part : PARTS) {
            if (result.conflicts().contains(part.field())) {
                data = part.copy().apply(data, mine);
            }
        }
        return data;
    }

    /** The parts in which two versions differ. */
    public static List<ApplicationField> changedParts(ApplicationData before, ApplicationData after) {
        return PARTS.stream().filter(p -> !Objects.equals(p.value().apply(before), p.value().apply(after)))
                .map(Part::field).toList();
    }

    /**
     * @param base   the version both started from
     * @param mine   this user's edits of base
     * @param theirs what someone else saved meanwhile
     */
    public static Result merge(ApplicationData base, ApplicationData mine, ApplicationData theirs) {
        var merged = theirs;
        var conflicts = new ArrayList<ApplicationField>();
        for (var part : PARTS) {
            var original = part.value().apply(base);
            var myValue = part.value().apply(mine);
            if (Objects.equals(original, myValue)) {
                continue;
            }
            var theirValue = part.value().apply(theirs);
            if (!Objects.equals(original, theirValue) && !Objects.equals(theirValue, myValue)) {
                conflicts.add(part.field());
            } else {
                merged = part.copy().apply(merged, mine);
            }
        }
        return new Result(merged, conflicts);
    }
}
