package org.assemblyportal.assembly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assemblyportal.assembly.ApplicationData.Waypoint;
import org.assemblyportal.jurisdiction.AssemblyForm;
import java.time.ZoneId;
import org.assemblyportal.security.RunAs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the Almaty 2022 Women's Day case, on which the portal is modelled, and one
 * upcoming picket, both run by the demo organizer with the demo monitor and lawyer as members.
 */
@Component
@Profile("demo")
@Order(20)
class DemoCases implements ApplicationRunner {

    /** A made-up person with an IIN that passes the check digit, for demos only. */
    private static final ApplicationData.Organizer DEMO_ORGANIZER = new ApplicationData.Organizer(
            ApplicationData.Organizer.Kind.INDIVIDUAL, "Aigerim Organizer", "900101300017", "Almaty, Abay avenue 1");

    static final String ALMATY_TITLE = "Almaty, 8 March 2022: Women's Day rally and march";

    private final CaseService cases;
    private final DraftService drafts;
    private final FilingService filings;
    private final CaseRepository repository;
    private final RunAs runAs;
    private final Clock clock;

    DemoCases(CaseService cases, DraftService drafts, FilingService filings, CaseRepository repository, RunAs runAs,
            Clock clock) {
        this.cases = cases;
        this.drafts = drafts;
        this.filings = filings;
        this.repository = repository;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        runAs.user("organizer", () -> {
            var almaty = cases.recordPastCase(new NewCase(ALMATY_TITLE, "KZ", LocalDate.of(2022, 3, 8)));
            cases.invite(almaty.id(), new Invitation("monitor", CaseRole.MONITOR));
            cases.invite(almaty.id(), new Invitation("lawyer", CaseRole.LAWYER));
            // The march application as filed on Monday 7 February 2022 (the date the story turns on); the
            // route is the one Almaty's maslikhat designated in 2020, the organizer a demo person.
            drafts.save(almaty.id(), ApplicationData.empty().withForm(AssemblyForm.MARCH)
                    .withPurpose("International Women's Day: equal rights for women and an end to violence against women")
                    .withOrganizers(List.of(DEMO_ORGANIZER))
                    .withRoute(List.of(new Waypoint("Shokan Valikhanov square", 43.2389, 76.9286),
                            new Waypoint("Shevchenko street", null, null),
                            new Waypoint("Mahatma Gandhi park", 43.2417, 76.9055)))
                    .withTimes(LocalDateTime.of(2022, 3, 8, 11, 0), LocalDateTime.of(2022, 3, 8, 13, 0))
                    .withParticipants(300).withContacts("organizer@example.org"), -1);
            filings.record(almaty.id(), new NewFiling(FilingChannel.IN_PERSON, null, LocalDateTime.of(2022, 2, 7, 10, 0)),
                    List.of(new ProofUpload(ProofKind.STAMPED_COPY, "stamped-copy.jpg",
                            new org.springframework.core.io.ByteArrayResource(DemoStampedCopy.jpeg()))));

            var inAMonth = LocalDate.now(clock.withZone(ZoneId.of("Asia/Almaty"))).plusDays(30);
            var picket = cases.create(new NewCase("Picket for clean air at the Almaty akimat", "KZ", inAMonth));
            cases.invite(picket.id(), new Invitation("monitor", CaseRole.MONITOR));
            drafts.save(picket.id(), ApplicationData.empty().withForm(AssemblyForm.PICKET)
                    .withPurpose("Clean air for Almaty: stop burning coal in the city's power plants")
                    .withOrganizers(List.of(DEMO_ORGANIZER))
                    .withPlace("In front of the Almaty akimat, Republic Square 4")
                    .withTimes(inAMonth.atTime(12, 0), inAMonth.atTime(13, 0))
                    .withParticipants(1).withContacts("organizer@example.org"), -1);
        });
    }
}
