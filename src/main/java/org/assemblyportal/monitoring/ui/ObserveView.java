package org.assemblyportal.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.RouteSegment;
import org.assemblyportal.authority.ClaimService;
import org.assemblyportal.authority.ClaimView;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.monitoring.ClaimAssessment;
import org.assemblyportal.monitoring.ClaimTest;
import org.assemblyportal.monitoring.Confidence;
import org.assemblyportal.monitoring.Counts;
import org.assemblyportal.monitoring.Location;
import org.assemblyportal.monitoring.NewObservation;
import org.assemblyportal.monitoring.ObservationCategory;
import org.assemblyportal.monitoring.ObservationMediaService;
import org.assemblyportal.monitoring.ObservationService;
import org.assemblyportal.monitoring.ObservationView;
import org.assemblyportal.monitoring.ObstacleDetails;
import org.assemblyportal.monitoring.ObstacleType;
import org.assemblyportal.security.Roles;

/**
 * The observation form for a monitor's phone: one column for a 390 px wide screen, large fields and
 * buttons within reach of a thumb. The client id is made when the form opens, so a double tap or a
 * retry after a lost answer stores the observation once. The position is taken only when the monitor
 * asks for it (the browser asks for consent); a landmark says where when it is refused or unavailable.
 * With {@code ?corrects=ID} the form opens filled with that version and saves a correction of it.
 */
@Route("cases/:caseId/observe")
@RolesAllowed(Roles.MONITOR)
class ObserveView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID_BACK = "observe-back";
    public static final String ID_FORM = "observe-form";
    public static final String ID_CATEGORY = "observe-category";
    public static final String ID_SEGMENT = "observe-segment";
    public static final String ID_LOCATE = "observe-locate";
    public static final String ID_LOCATION = "observe-location";
    public static final String ID_LANDMARK = "observe-landmark";
    public static final String ID_FACTS = "observe-facts";
    public static final String ID_ASSESSMENT = "observe-assessment";
    public static final String ID_PARTICIPANTS = "observe-participants";
    public static final String ID_POLICE = "observe-police";
    public static final String ID_VEHICLES = "observe-vehicles";
    public static final String ID_DETAINEES = "observe-detainees";
    public static final String ID_OBSTACLE = "observe-obstacle";
    public static final String ID_OBSTACLE_TYPE = "observe-obstacle-type";
    public static final String ID_OBSTACLE_LENGTH = "observe-obstacle-length";
    public static final String ID_OBSTACLE_BLOCKED = "observe-obstacle-blocked";
    public static final String ID_OBSTACLE_PASSABLE = "observe-obstacle-passable";
    public static final String ID_OBSTACLE_WORKERS = "observe-obstacle-workers";
    public static final String ID_OBSTACLE_WORK = "observe-obstacle-work";
    public static final String ID_OBSTACLE_SIGNAGE = "observe-obstacle-signage";
    public static final String ID_OBSTACLE_PERMIT = "observe-obstacle-permit";
    public static final String ID_POLICING = "observe-policing";
    public static final String ID_CLAIM = "observe-claim";
    public static final String ID_CLAIM_ASSESSMENT = "observe-claim-assessment";
    public static final String ID_CLAIM_CONFIDENCE = "observe-claim-confidence";
    public static final String ID_SAVE = "observe-save";
    public static final String ID_SAVED = "observe-saved";
    public static final String ID_ANOTHER = "observe-another";

    /** Asks the browser for one position; answers "latitude longitude accuracy" or "error denied|unavailable". */
    private static final String LOCATE_JS = """
            return new Promise(resolve => {
              if (!navigator.geolocation) { resolve('error unavailable'); return; }
              navigator.geolocation.getCurrentPosition(
                p => resolve(p.coords.latitude + ' ' + p.coords.longitude + ' ' + p.coords.accuracy),
                e => resolve(e.code === 1 ? 'error denied' : 'error unavailable'),
                {enableHighAccuracy: true, timeout: 20000, maximumAge: 0});
            });""";
    /** The phone's clock: the instant and its offset from UTC in minutes. */
    private static final String DEVICE_TIME_JS = "const d = new Date(); return d.toISOString() + ' ' + (-d.getTimezoneOffset());";

    private final ObservationService observations;
    private final ObservationMediaService media;
    private final CaseService cases;
    private final FilingService filings;
    private final ClaimService claims;
    private final Clock clock;

    private CaseDetails details;
    private ObservationView correcting;
    private UUID clientId;
    private Location location;

    private final Select<ObservationCategory> category = new Select<>();
    private final Select<Integer> segment = new Select<>();
    private Integer startSegment;
    private final Span locationStatus = new Span();
    private final TextField landmark = new TextField();
    private final TextArea facts = new TextArea();
    private final TextArea assessment = new TextArea();
    private final IntegerField participants = count();
    private final IntegerField police = count();
    private final IntegerField vehicles = count();
    private final IntegerField detainees = count();
    private final Div obstacleBlock = new Div();
    private final Select<ObstacleType> obstacleType = new Select<>();
    private final NumberField obstacleLength = new NumberField();
    private final IntegerField obstacleBlocked = new IntegerField();
    private final Select<Boolean> passable = yesNo();
    private final Select<Boolean> workers = yesNo();
    private final Select<Boolean> workInProgress = yesNo();
    private final TextField signage = new TextField();
    private final TextField permit = new TextField();
    private final TextArea policing = new TextArea();
    private final Select<ClaimView> claim = new Select<>();
    private final Select<ClaimAssessment> claimAssessment = new Select<>();
    private final Select<Confidence> claimConfidence = new Select<>();
    private final Button save = new Button();
    private MediaPicker mediaPicker;
    private FieldErrors errors;

    ObserveView(ObservationService observations, ObservationMediaService media, CaseService cases,
            FilingService filings, ClaimService claims, Clock clock) {
        this.observations = observations;
        this.media = media;
        this.cases = cases;
        this.filings = filings;
        this.claims = claims;
        this.clock = clock;
        addClassNames("observe-form");
        setMaxWidth("32rem");
        setPadding(true);
        setSpacing(false);
        category.addValueChangeListener(change -> obstacleBlock.setVisible(change.getValue() == ObservationCategory.OBSTACLES));
        claim.addValueChangeListener(change -> {
            claimAssessment.setVisible(change.getValue() != null);
            claimConfidence.setVisible(change.getValue() != null);
        });
        save.addClickListener(click -> saveWithDeviceTime());
        addDetachListener(detached -> {
            if (mediaPicker != null) {
                mediaPicker.discard();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation(correcting == null ? "observation.form.title" : "observation.form.correct-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var caseId = UUID.fromString(event.getRouteParameters().get("caseId").orElse(""));
            details = cases.get(caseId);
            if (!observations.mayRecord(caseId)) {
                throw new ForbiddenException("observation.not-allowed");
            }
            correcting = null;
            // From a walk in My tasks: the segment the monitor is walking, chosen already.
            startSegment = event.getLocation().getQueryParameters().getSingleParameter("segment")
                    .map(Integer::valueOf).orElse(null);
            var corrects = event.getLocation().getQueryParameters().getSingleParameter("corrects");
            if (corrects.isPresent()) {
                var id = UUID.fromString(corrects.get());
                correcting = observations.history(caseId, id).stream().filter(v -> v.id().equals(id)).findFirst()
                        .orElseThrow();
            }
        } catch (IllegalArgumentException | java.util.NoSuchElementException
                | org.assemblyportal.base.NotFoundException | ForbiddenException notVisible) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        if (mediaPicker != null) {
            mediaPicker.discard();
        }
        mediaPicker = new MediaPicker();
        clientId = UUID.randomUUID();
        location = null;
        var back = new Anchor("cases/" + details.id(), getTranslation("observation.form.back"));
        back.getElement().setAttribute("router-link", "");
        back.setId(ID_BACK);
        var title = new H2(getPageTitle());
        title.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Bottom.NONE);
        var intro = new Paragraph(getTranslation(correcting == null ? "observation.form.intro"
                : "observation.form.correct-intro", correcting == null ? 0 : correcting.version()));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);

        var form = new VerticalLayout();
        form.setId(ID_FORM);
        form.setPadding(false);
        form.setWidthFull();

        category.setId(ID_CATEGORY);
        category.setLabel(getTranslation("observation.category"));
        category.setItems(ObservationCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setRequiredIndicatorVisible(true);

        segment.setId(ID_SEGMENT);
        segment.setLabel(getTranslation("observation.segment"));
        var route = filings.filedRoute(details.id()).map(r -> r.segments()).orElse(List.of());
        var names = route.stream().collect(Collectors.toMap(RouteSegment::number, RouteSegment::name));
        segment.setItems(route.stream().map(RouteSegment::number).toList());
        segment.setItemLabelGenerator(n -> n == null ? getTranslation("observation.segment.none")
                : getTranslation("observation.segment.option", n, names.get(n)));
        segment.setEmptySelectionAllowed(true);
        segment.setEmptySelectionCaption(getTranslation("observation.segment.none"));
        segment.setHelperText(route.isEmpty() ? getTranslation("observation.segment.no-route") : null);

        var locate = new Button(getTranslation("observation.locate"), VaadinIcon.CROSSHAIRS.create(), click -> locate());
        locate.setId(ID_LOCATE);
        locate.addThemeVariants(ButtonVariant.LUMO_LARGE);
        locate.setWidthFull();
        locationStatus.setId(ID_LOCATION);
        locationStatus.getElement().setAttribute("aria-live", "polite");
        locationStatus.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        locationStatus.setText(getTranslation("observation.locate.consent"));
        landmark.setId(ID_LANDMARK);
        landmark.setLabel(getTranslation("observation.landmark"));
        landmark.setHelperText(getTranslation("observation.landmark.help"));

        facts.setId(ID_FACTS);
        facts.setLabel(getTranslation("observation.facts"));
        facts.setHelperText(getTranslation("observation.facts.help"));
        facts.setRequiredIndicatorVisible(true);
        facts.setMinRows(4);
        assessment.setId(ID_ASSESSMENT);
        assessment.setLabel(getTranslation("observation.assessment"));
        assessment.setHelperText(getTranslation("observation.assessment.help"));

        participants.setId(ID_PARTICIPANTS);
        participants.setLabel(getTranslation("observation.participants"));
        police.setId(ID_POLICE);
        police.setLabel(getTranslation("observation.police"));
        vehicles.setId(ID_VEHICLES);
        vehicles.setLabel(getTranslation("observation.vehicles"));
        detainees.setId(ID_DETAINEES);
        detainees.setLabel(getTranslation("observation.detainees"));
        var counts = new Div(participants, police, vehicles, detainees);
        counts.addClassNames(LumoUtility.Display.GRID, LumoUtility.Grid.Column.COLUMNS_2, LumoUtility.Gap.Column.MEDIUM);
        counts.setWidthFull();

        obstacleBlock.removeAll();
        obstacleBlock.setId(ID_OBSTACLE);
        obstacleBlock.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Width.FULL);
        var obstacleTitle = new H3(getTranslation("observation.obstacle"));
        obstacleTitle.addClassNames(LumoUtility.FontSize.LARGE);
        obstacleType.setId(ID_OBSTACLE_TYPE);
        obstacleType.setLabel(getTranslation("observation.obstacle.type"));
        obstacleType.setItems(ObstacleType.values());
        obstacleType.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        obstacleLength.setId(ID_OBSTACLE_LENGTH);
        obstacleLength.setLabel(getTranslation("observation.obstacle.length"));
        obstacleLength.setMin(0);
        obstacleBlocked.setId(ID_OBSTACLE_BLOCKED);
        obstacleBlocked.setLabel(getTranslation("observation.obstacle.blocked"));
        obstacleBlocked.setMin(0);
        obstacleBlocked.setMax(100);
        for (var yesNo : List.of(passable, workers, workInProgress)) {
            yesNo.setItemLabelGenerator(b -> getTranslation(b == null ? "observation.not-noted" : b ? "observation.yes"
                    : "observation.no"));
            yesNo.setEmptySelectionCaption(getTranslation("observation.not-noted"));
        }
        passable.setId(ID_OBSTACLE_PASSABLE);
        passable.setLabel(getTranslation("observation.obstacle.passable"));
        workers.setId(ID_OBSTACLE_WORKERS);
        workers.setLabel(getTranslation("observation.obstacle.workers"));
        workInProgress.setId(ID_OBSTACLE_WORK);
        workInProgress.setLabel(getTranslation("observation.obstacle.work"));
        signage.setId(ID_OBSTACLE_SIGNAGE);
        signage.setLabel(getTranslation("observation.obstacle.signage"));
        permit.setId(ID_OBSTACLE_PERMIT);
        permit.setLabel(getTranslation("observation.obstacle.permit"));
        obstacleBlock.add(obstacleTitle, obstacleType, obstacleLength, obstacleBlocked, passable, workers,
                workInProgress, signage, permit);
        obstacleBlock.getChildren().filter(c -> c instanceof com.vaadin.flow.component.HasSize)
                .forEach(c -> ((com.vaadin.flow.component.HasSize) c).setWidthFull());
        obstacleBlock.setVisible(false);

        policing.setId(ID_POLICING);
        policing.setLabel(getTranslation("observation.policing"));
        policing.setHelperText(getTranslation("observation.policing.help"));

        var claimTitle = new H3(getTranslation("observation.claim-test"));
        claimTitle.addClassNames(LumoUtility.FontSize.LARGE);
        claim.setId(ID_CLAIM);
        claim.setLabel(getTranslation("observation.claim"));
        var stated = claims.claims(details.id());
        claim.setItems(stated);
        claim.setItemLabelGenerator(c -> c == null ? getTranslation("observation.claim.none") : claimLabel(c));
        claim.setEmptySelectionAllowed(true);
        claim.setEmptySelectionCaption(getTranslation("observation.claim.none"));
        claim.setHelperText(stated.isEmpty() ? getTranslation("observation.claim.no-claims") : null);
        claimAssessment.setId(ID_CLAIM_ASSESSMENT);
        claimAssessment.setLabel(getTranslation("observation.claim-assessment"));
        claimAssessment.setItems(ClaimAssessment.values());
        claimAssessment.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        claimConfidence.setId(ID_CLAIM_CONFIDENCE);
        claimConfidence.setLabel(getTranslation("observation.confidence"));
        claimConfidence.setItems(Confidence.values());
        claimConfidence.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        claimAssessment.setVisible(false);
        claimConfidence.setVisible(false);

        save.setText(getTranslation(correcting == null ? "observation.save" : "observation.save-correction"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setWidthFull();
        save.setDisableOnClick(true);

        form.add(category, segment, locate, locationStatus, landmark, facts, assessment, counts, obstacleBlock,
                policing, claimTitle, claim, claimAssessment, claimConfidence, mediaPicker, save);
        form.getChildren().filter(c -> c instanceof com.vaadin.flow.component.HasSize && c != counts)
                .forEach(c -> ((com.vaadin.flow.component.HasSize) c).setWidthFull());
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("category", category);
        fields.put("segment", segment);
        fields.put("landmark", landmark);
        fields.put("facts", facts);
        fields.put("assessment", assessment);
        fields.put("policing", policing);
        fields.put(ObservationService.field("counts", "participants"), participants);
        fields.put(ObservationService.field("counts", "policeOfficers"), police);
        fields.put(ObservationService.field("counts", "vehicles"), vehicles);
        fields.put(ObservationService.field("counts", "detainees"), detainees);
        fields.put(ObservationService.field("obstacle", "type"), obstacleType);
        fields.put(ObservationService.field("obstacle", "lengthMetres"), obstacleLength);
        fields.put(ObservationService.field("obstacle", "carriagewayBlockedPercent"), obstacleBlocked);
        fields.put(ObservationService.field("obstacle", "signage"), signage);
        fields.put(ObservationService.field("obstacle", "permitNumber"), permit);
        fields.put(ObservationService.field("claimTest", "claimId"), claim);
        fields.put(ObservationService.field("claimTest", "assessment"), claimAssessment);
        fields.put(ObservationService.field("claimTest", "confidence"), claimConfidence);
        errors = new FieldErrors(fields);
        clear();
        if (correcting != null) {
            fill(correcting, stated);
        } else if (startSegment != null && route.stream().anyMatch(r -> r.number() == startSegment)) {
            segment.setValue(startSegment);
        }
        add(back, title, intro, form);
    }

    private void clear() {
        category.clear();
        segment.clear();
        landmark.clear();
        facts.clear();
        assessment.clear();
        participants.clear();
        police.clear();
        vehicles.clear();
        detainees.clear();
        obstacleType.clear();
        obstacleLength.clear();
        obstacleBlocked.clear();
        passable.clear();
        workers.clear();
        workInProgress.clear();
        signage.clear();
        permit.clear();
        policing.clear();
        claim.clear();
        claimAssessment.clear();
        claimConfidence.clear();
        errors.clear();
    }

    private void fill(ObservationView v, List<ClaimView> stated) {
        category.setValue(v.category());
        segment.setValue(v.segment());
        location = v.location();
        if (location != null) {
            showLocation();
        }
        landmark.setValue(Optional.ofNullable(v.landmark()).orElse(""));
        facts.setValue(Optional.ofNullable(v.facts()).orElse(""));
        assessment.setValue(Optional.ofNullable(v.assessment()).orElse(""));
        participants.setValue(v.counts().participants());
        police.setValue(v.counts().policeOfficers());
        vehicles.setValue(v.counts().vehicles());
        detainees.setValue(v.counts().detainees());
        var o = v.obstacle();
        if (o != null) {
            obstacleType.setValue(o.type());
            obstacleLength.setValue(o.lengthMetres());
            obstacleBlocked.setValue(o.carriagewayBlockedPercent());
            passable.setValue(o.passable());
            workers.setValue(o.workersPresent());
            workInProgress.setValue(o.workInProgress());
            signage.setValue(Optional.ofNullable(o.signage()).orElse(""));
            permit.setValue(Optional.ofNullable(o.permitNumber()).orElse(""));
        }
        policing.setValue(Optional.ofNullable(v.policing()).orElse(""));
        if (v.claimTest() != null) {
            stated.stream().filter(c -> c.id().equals(v.claimTest().claimId())).findFirst().ifPresent(claim::setValue);
            claimAssessment.setValue(v.claimTest().assessment());
            claimConfidence.setValue(v.claimTest().confidence());
        }
    }

    private void locate() {
        locationStatus.setText(getTranslation("observation.locate.asking"));
        getElement().executeJs(LOCATE_JS).then(String.class, answer -> {
            var parts = answer.split(" ");
            if (parts.length == 3 && !"error".equals(parts[0])) {
                try {
                    location = new Location(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                            Math.round(Double.parseDouble(parts[2]) * 100) / 100.0);
                    showLocation();
                    return;
                } catch (NumberFormatException unreadable) {
                    // as unavailable
                }
            }
            location = null;
            locationStatus.setText(getTranslation(answer.endsWith("denied") ? "observation.locate.denied"
                    : "observation.locate.unavailable"));
            landmark.focus();
        }, failure -> locationStatus.setText(getTranslation("observation.locate.unavailable")));
    }

    private void showLocation() {
        locationStatus.setText(getTranslation("observation.locate.found", String.format(getLocale(), "%.5f",
                location.latitude()), String.format(getLocale(), "%.5f", location.longitude()),
                Math.round(location.accuracyMetres())));
    }

    /** Takes the phone's clock at the moment of saving, then saves; the server's clock stands in if the phone does not answer. */
    private void saveWithDeviceTime() {
        getElement().executeJs(DEVICE_TIME_JS).then(String.class, answer -> {
            OffsetDateTime deviceTime;
            try {
                var parts = answer.split(" ");
                deviceTime = Instant.parse(parts[0]).atOffset(ZoneOffset.ofTotalSeconds(Integer.parseInt(parts[1]) * 60));
            } catch (RuntimeException unreadable) {
                deviceTime = OffsetDateTime.now(clock);
            }
            save(deviceTime);
        }, failure -> save(OffsetDateTime.now(clock)));
    }

    private void save(OffsetDateTime deviceTime) {
        var selectedClaim = claim.getValue();
        var obstacle = category.getValue() == ObservationCategory.OBSTACLES
                ? new ObstacleDetails(obstacleType.getValue(), obstacleLength.getValue(), obstacleBlocked.getValue(),
                        passable.getValue(), workers.getValue(), workInProgress.getValue(), signage.getValue(),
                        permit.getValue())
                : null;
        var observation = new NewObservation(clientId, category.getValue(), segment.getValue(), deviceTime, location,
                landmark.getValue(), facts.getValue(), assessment.getValue(),
                new Counts(participants.getValue(), police.getValue(), vehicles.getValue(), detainees.getValue()),
                obstacle, policing.getValue(),
                selectedClaim == null ? null
                        : new ClaimTest(selectedClaim.id(), claimAssessment.getValue(), claimConfidence.getValue()));
        try {
            errors.clear();
            var recorded = correcting == null ? observations.record(details.id(), observation)
                    : observations.correct(details.id(), correcting.id(), observation);
            showSaved(recorded.view());
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        } catch (ConflictException | ForbiddenException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.messageArguments()), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } finally {
            save.setEnabled(true);
        }
    }

    private void showSaved(ObservationView saved) {
        removeAll();
        var done = new Div();
        done.setId(ID_SAVED);
        done.getElement().setAttribute("role", "status");
        var heading = new H2(getTranslation(saved.version() > 1 ? "observation.saved.correction" : "observation.saved"));
        heading.addClassNames(LumoUtility.FontSize.XLARGE);
        var what = new Paragraph(getTranslation("observation.saved.text", getTranslation(saved.category().messageKey()),
                ObservationList.deviceTime(saved, getLocale())));
        var another = new Button(getTranslation("observation.record-another"), VaadinIcon.PLUS.create(), click -> {
            correcting = null;
            render();
        });
        another.setId(ID_ANOTHER);
        another.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        another.setWidthFull();
        var back = new Anchor("cases/" + details.id(), getTranslation("observation.form.back"));
        back.getElement().setAttribute("router-link", "");
        back.setId(ID_BACK);
        done.add(heading, what);
        if (!mediaPicker.isEmpty()) {
            // The observation is saved: each file is attached on its own, and one that fails can be tried again.
            done.add(mediaPicker.attachTo(saved.id(), media));
        }
        done.add(another);
        add(done, back);
    }

    private String claimLabel(ClaimView c) {
        var where = c.segments().stream().map(s -> String.valueOf(s.number())).collect(Collectors.joining(", "));
        var quote = c.quote().length() > 60 ? c.quote().substring(0, 60) + "…" : c.quote();
        return getTranslation("observation.claim.option", getTranslation(c.type().messageKey()),
                where.isEmpty() ? (c.place() == null ? "" : c.place()) : where, quote);
    }

    private static IntegerField count() {
        var field = new IntegerField();
        field.setMin(0);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static Select<Boolean> yesNo() {
        var select = new Select<Boolean>();
        select.setItems(Arrays.asList(Boolean.TRUE, Boolean.FALSE));
        select.setEmptySelectionAllowed(true);
        return select;
    }
}
