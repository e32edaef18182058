package org.assemblyportal.assembly;

import java.time.Clock;
import java.time.LocalDate;
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

    static final String ALMATY_TITLE = "Almaty, 8 March 2022: Women's Day rally and march";

    private final CaseService cases;
    private final CaseRepository repository;
    private final RunAs runAs;
    private final Clock clock;

    DemoCases(CaseService cases, CaseRepository repository, RunAs runAs, Clock clock) {
        this.cases = cases;
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
            var inAMonth = LocalDate.now(clock.withZone(ZoneId.of("Asia/Almaty"))).plusDays(30);
            var picket = cases.create(new NewCase("Picket for clean air at the Almaty akimat", "KZ", inAMonth));
            cases.invite(picket.id(), new Invitation("monitor", CaseRole.MONITOR));
        });
    }
}
