package org.assemblyportal.assembly;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.base.i18n.PortalMessageSource;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.springframework.context.MessageSource;

/** Drafts to print, and the portal's translations without a Spring context. */
public final class ApplicationSamples {

    public static final String SCRIPT = "<script>alert('x')</script>";
    public static final UUID ALMATY_CASE = UUID.fromString("3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f");
    public static final UUID LONDON_CASE = UUID.fromString("b81d44e0-2c6a-4f1e-8d3b-5e6f7a8b9c0d");

    private ApplicationSamples() {
    }

    /** The Almaty 2022 Women's Day march, as its organizers might have filed it. */
    public static ApplicationData almatyMarch() {
        return new ApplicationData(AssemblyForm.MARCH, "Equal rights and safety for women " + SCRIPT,
                List.of(new ApplicationData.Organizer(ApplicationData.Organizer.Kind.INDIVIDUAL, "Aigerim Serikova",
                                "900101300017", "Almaty, Abay Avenue 10, apt. 5"),
                        new ApplicationData.Organizer(ApplicationData.Organizer.Kind.ENTITY, "Feminita Public Foundation",
                                "180340021791", "Almaty, Zheltoksan Street 96")),
                null, null,
                List.of(new ApplicationData.Waypoint("Central Park of Culture and Leisure", 43.25654, 76.96322),
                        new ApplicationData.Waypoint("Gogol Street", null, null),
                        new ApplicationData.Waypoint("Abay Square", 43.23912, 76.94573)),
                LocalDateTime.parse("2022-03-08T11:00"), LocalDateTime.parse("2022-03-08T13:00"), 300,
                new ApplicationData.Equipment(true, false, false, "Two hand-held megaphones"),
                "12 stewards in yellow vests, led by Dana Ermekova", "aigerim@example.kz, +7 701 000 00 00");
    }

    /** A procession in London, notified to the Metropolitan Police. */
    public static ApplicationData londonProcession() {
        return new ApplicationData(AssemblyForm.PROCESSION, "Fair pay for care workers",
                List.of(new ApplicationData.Organizer(ApplicationData.Organizer.Kind.INDIVIDUAL, "Ruth O'Connor", null,
                        "14 Cable Street, London E1 8JG")),
                null, "Assemble at Malet Street, WC1E 7HU",
                List.of(new ApplicationData.Waypoint("Malet Street", 51.52200, -0.13200),
                        new ApplicationData.Waypoint("Trafalgar Square", 51.50800, -0.12800),
                        new ApplicationData.Waypoint("Parliament Square", 51.50060, -0.12650)),
                LocalDateTime.parse("2026-12-12T14:00"), LocalDateTime.parse("2026-12-12T16:30"), 1500,
                ApplicationData.Equipment.NONE, "40 stewards with radios", "ruth@example.org.uk, 020 7946 0000");
    }

    /** The same translations the application reads (see spring.messages.* in application.properties). */
    public static MessageSource translations() {
        return PortalMessageSource.translations();
    }
}
