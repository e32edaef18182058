package org.assemblyportal.authority;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.security.RunAs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: on the demo Almaty 8 March 2022 case (made by the case module's demo data), the
 * meeting of about a week after the first application of 16 November 2021, at which officials asked
 * the organizers to withdraw it. Added once: a case that has communications already is left alone.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCommunications implements ApplicationRunner {

    private static final LocalDate ALMATY_MARCH_DAY = LocalDate.of(2022, 3, 8);

    private static final NewCommunication WITHDRAWAL_REQUEST = new NewCommunication(
            CommunicationKind.WITHDRAWAL_REQUEST, LocalDateTime.of(2021, 11, 23, 11, 0), CommunicationDirection.BOTH,
            "Officials of the Almaty akimat (names not published)", "The organizers of the 8 March march",
            """
            The officials "strongly advised" the organizers to revise their plans because of the \
            epidemiological situation and asked them to withdraw the application for the march. \
            The organizers refused.

            (Demo entry after RFE/RL's report of Human Rights Watch's release of 10 December 2021; \
            the day is approximate: about a week after the application of 16 November 2021.)""");

    private final CommunicationService communications;
    private final CaseService cases;
    private final RunAs runAs;

    DemoCommunications(CommunicationService communications, CaseService cases, RunAs runAs) {
        this.communications = communications;
        this.cases = cases;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        runAs.user("organizer", () -> cases.myCases(PageRequest.of(0, 100)).stream()
                .filter(c -> "KZ".equals(c.jurisdictionCode()) && ALMATY_MARCH_DAY.equals(c.plannedDate()))
                .findFirst()
                .filter(almaty -> communications.communications(almaty.id()).isEmpty())
                .ifPresent(almaty -> communications.record(almaty.id(), WITHDRAWAL_REQUEST, List.of())));
    }
}
