package org.assemblyportal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.Invitation;
import org.assemblyportal.assembly.NewCase;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.evidence.BlobStore;
import org.assemblyportal.evidence.ExifJpeg;
import org.assemblyportal.evidence.RejectedUploadException;
import org.assemblyportal.evidence.SampleFiles;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@ServiceTest
@Import(TestAccounts.class)
class ObservationMediaServiceTest {

    static final OffsetDateTime SEEN = OffsetDateTime.of(TestClock.TODAY.atTime(10, 42), ZoneOffset.ofHours(5));

    @Autowired
    ObservationMediaService media;
    @Autowired
    ObservationService observations;
    @Autowired
    CaseService cases;
    @Autowired
    BlobStore blobs;
    @Autowired
    TestAccounts accounts;

    UserRef organizer;
    UserRef lawyer;
    UserRef monitor;
    UserRef outsider;
    CaseDetails march;
    ObservationView fences;

    @BeforeEach
    void aMarchWithAMonitorAndAnObservation() {
        organizer = accounts.create(GlobalRole.ORGANIZER);
        lawyer = accounts.create(GlobalRole.LAWYER);
        monitor = accounts.create(GlobalRole.MONITOR);
        outsider = accounts.create(GlobalRole.MONITOR);
        march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", TestClock.TODAY.plusDays(30))));
        accounts.as(organizer, () -> {
            cases.invite(march.id(), new Invitation(lawyer.username(), CaseRole.LAWYER));
            cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR));
        });
        fences = accounts.as(monitor, () -> observations.record(march.id(), observation("Three fence panels."))).view();
    }

    private static NewObservation observation(String facts) {
        return new NewObservation(UUID.randomUUID(), ObservationCategory.OBSTACLES, null, SEEN, null,
                "Corner of Shevchenko and Gandhi", facts, null, new Counts(null, null, null, null), null, null, null);
    }

    /** A real PNG with bytes of its own after its end, so that no other test has stored it. */
    private static byte[] uniquePng() {
        var extra = new byte[16];
        ThreadLocalRandom.current().nextBytes(extra);
        var png = new byte[SampleFiles.PNG.length + extra.length];
        System.arraycopy(SampleFiles.PNG, 0, png, 0, SampleFiles.PNG.length);
        System.arraycopy(extra, 0, png, SampleFiles.PNG.length, extra.length);
        return png;
    }

    private static byte[] uniqueWav() {
        var extra = new byte[64];
        ThreadLocalRandom.current().nextBytes(extra);
        var wav = new byte[SampleFiles.WAV.length + extra.length];
        System.arraycopy(SampleFiles.WAV, 0, wav, 0, SampleFiles.WAV.length);
        System.arraycopy(extra, 0, wav, SampleFiles.WAV.length, extra.length);
        return wav;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ObservationMediaService.Attached attach(UserRef who, UUID observationId, byte[] bytes, String name) {
        return accounts.as(who, () -> media.attach(observationId, sha256(bytes), new ByteArrayInputStream(bytes),
                bytes.length, name));
    }

    /** Asks until the answer satisfies the test, for at most ten seconds: background work finishes when it does. */
    private static <T> T eventually(Supplier<T> ask, java.util.function.Predicate<T> done) {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            var answer = ask.get();
            if (done.test(answer) || System.nanoTime() > deadline) {
                return answer;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    @Test
    void a_monitor_attaches_a_photo_with_its_capture_metadata_and_every_member_sees_it_with_the_observation() {
        var photo = ExifJpeg.withExif(64, 48, 1);

        var attached = attach(monitor, fences.id(), photo, "C:\\DCIM\\IMG_0042.JPG");

        assertThat(attached.created()).isTrue();
        var file = attached.media();
        assertThat(file.sha256()).isEqualTo(sha256(photo));
        assertThat(file.mediaType()).isEqualTo("image/jpeg");
        assertThat(file.sizeBytes()).isEqualTo(photo.length);
        assertThat(file.name()).isEqualTo("IMG_0042.JPG");
        assertThat(file.observationId()).isEqualTo(fences.id());
        assertThat(file.addedAt()).isEqualTo(TestClock.NOW);
        assertThat(file.capturedAt()).isEqualTo(LocalDateTime.of(2022, 2, 20, 11, 5, 17));
        assertThat(file.capturedOffset()).isEqualTo(ZoneOffset.ofHours(6));
        assertThat(file.latitude()).isCloseTo(43.238, org.assertj.core.data.Offset.offset(0.001));
        assertThat(file.longitude()).isCloseTo(76.945, org.assertj.core.data.Offset.offset(0.001));
        assertThat(file.device()).isEqualTo("Apple iPhone 13");
        assertThat(blobs.verify(file.sha256())).isTrue();
        for (var reader : List.of(organizer, lawyer, monitor)) {
            assertThat(accounts.as(reader, () -> observations.current(march.id()))).singleElement()
                    .satisfies(o -> assertThat(o.media()).extracting(ObservationView.Media::sha256)
                            .containsExactly(file.sha256()));
            assertThat(accounts.as(reader, () -> media.media(fences.id()))).extracting(ObservationView.Media::name)
                    .containsExactly("IMG_0042.JPG");
        }
        try (var original = accounts.as(lawyer, () -> media.original(fences.id(), file.sha256())).content()) {
            assertThat(original.readAllBytes()).isEqualTo(photo);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_same_file_sent_again_stores_nothing_new_and_answers_as_the_first_time() {
        var photo = uniquePng();
        var first = attach(monitor, fences.id(), photo, "first.png");

        var again = attach(monitor, fences.id(), photo, "renamed on retry.png");

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.media().name()).isEqualTo("first.png");
        assertThat(again.media().addedAt()).isEqualTo(first.media().addedAt());
        assertThat(accounts.as(lawyer, () -> media.media(fences.id()))).hasSize(1);
    }

    @Test
    void a_hash_mismatch_leaves_neither_a_file_nor_a_row() {
        var photo = uniquePng();
        var announced = sha256(uniquePng());

        assertThatThrownBy(() -> accounts.as(monitor, () -> media.attach(fences.id(), announced,
                new ByteArrayInputStream(photo), photo.length, "x.png")))
                .isInstanceOf(RejectedUploadException.class)
                .extracting(e -> ((LocalizedException) e).messageKey()).isEqualTo("evidence.hash-mismatch");

        assertThat(blobs.contains(sha256(photo))).isFalse();
        assertThat(accounts.as(monitor, () -> media.media(fences.id()))).isEmpty();
    }

    @Test
    void an_upload_that_breaks_off_leaves_neither_a_file_nor_a_row() {
        var photo = uniquePng();
        InputStream breaksOff = new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent == 40) {
                    throw new IOException("Connection reset by peer");
                }
                return photo[sent++] & 0xff;
            }
        };

        assertThatThrownBy(() -> accounts.as(monitor, () -> media.attach(fences.id(), sha256(photo), breaksOff,
                photo.length, "x.png")))
                .isInstanceOf(RejectedUploadException.class)
                .extracting(e -> ((LocalizedException) e).messageKey()).isEqualTo("evidence.truncated");
        var shortBody = java.util.Arrays.copyOf(photo, 40);
        assertThatThrownBy(() -> accounts.as(monitor, () -> media.attach(fences.id(), sha256(photo),
                new ByteArrayInputStream(shortBody), photo.length, "x.png")))
                .extracting(e -> ((LocalizedException) e).messageKey()).isEqualTo("evidence.length-mismatch");

        assertThat(blobs.contains(sha256(photo))).isFalse();
        assertThat(accounts.as(monitor, () -> media.media(fences.id()))).isEmpty();
    }

    @Test
    void a_lawyer_may_not_attach_and_an_outsider_is_told_the_observation_does_not_exist_before_a_byte_is_read() {
        InputStream untouched = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("The body was read before access was checked");
            }
        };
        var hash = sha256(uniquePng());

        assertThatThrownBy(() -> accounts.as(lawyer, () -> media.attach(fences.id(), hash, untouched, 100, "x.png")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(outsider, () -> media.attach(fences.id(), hash, untouched, 100, "x.png")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(outsider, () -> media.media(fences.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(monitor, () -> media.attach(UUID.randomUUID(), hash, untouched, 100, "x")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_retracted_observation_takes_no_new_media() {
        accounts.as(monitor, () -> observations.retract(march.id(), fences.id(), "Wrong street."));
        var photo = uniquePng();

        assertThatThrownBy(() -> attach(monitor, fences.id(), photo, "x.png"))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((LocalizedException) e).messageKey()).isEqualTo("observation.media.retracted");
        assertThat(blobs.contains(sha256(photo))).isFalse();
    }

    @Test
    void media_follow_the_chain_through_a_correction() {
        var photo = attach(monitor, fences.id(), uniquePng(), "before.png").media();
        var corrected = accounts.as(monitor, () -> observations.correct(march.id(), fences.id(),
                observation("Four fence panels."))).view();
        var later = attach(monitor, corrected.id(), uniqueWav(), "after.wav").media();

        assertThat(corrected.media()).extracting(ObservationView.Media::sha256).containsExactly(photo.sha256());
        var current = accounts.as(lawyer, () -> observations.current(march.id()));
        assertThat(current).singleElement().satisfies(o -> {
            assertThat(o.version()).isEqualTo(2);
            assertThat(o.media()).extracting(ObservationView.Media::sha256)
                    .containsExactly(photo.sha256(), later.sha256());
            assertThat(o.media()).extracting(ObservationView.Media::observationId)
                    .containsExactly(fences.id(), corrected.id());
        });
        assertThat(accounts.as(lawyer, () -> media.media(fences.id()))).hasSize(2);
        assertThat(accounts.as(lawyer, () -> media.original(fences.id(), later.sha256())).mediaType())
                .isEqualTo("audio/wav");
    }

    @Test
    void a_photo_gets_a_preview_in_the_background_and_a_sound_recording_none() {
        var photo = attach(monitor, fences.id(), ExifJpeg.image(800, 400, "png"), "wide.png").media();
        var sound = attach(monitor, fences.id(), uniqueWav(), "voice.wav").media();

        var listed = eventually(() -> accounts.as(lawyer, () -> media.media(fences.id())),
                list -> list.get(0).thumbnailSha256() != null);

        var preview = listed.get(0).thumbnailSha256();
        assertThat(preview).isNotNull().isNotEqualTo(photo.sha256());
        var download = accounts.as(lawyer, () -> media.thumbnail(fences.id(), photo.sha256()));
        assertThat(download.sha256()).isEqualTo(preview);
        assertThat(download.mediaType()).isEqualTo("image/jpeg");
        assertThat(download.name()).isEqualTo("preview-wide.jpg");
        assertThat(blobs.verify(photo.sha256())).isTrue();
        assertThat(listed.get(1).sha256()).isEqualTo(sound.sha256());
        assertThat(listed.get(1).thumbnailSha256()).isNull();
        assertThatThrownBy(() -> accounts.as(lawyer, () -> media.thumbnail(fences.id(), sound.sha256())))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.as(lawyer, () -> observations.current(march.id()))).singleElement()
                .satisfies(o -> assertThat(o.media().get(0).thumbnailSha256()).isEqualTo(preview));
    }

    @Test
    void a_wrong_type_is_refused_after_its_first_bytes_and_an_observation_takes_at_most_twenty_files() {
        assertThatThrownBy(() -> attach(monitor, fences.id(), SampleFiles.PDF, "scan.pdf"))
                .extracting(e -> ((LocalizedException) e).messageKey()).isEqualTo("evidence.type-not-allowed");
        for (int i = 0; i < ObservationMediaService.MAX_FILES; i++) {
            attach(monitor, fences.id(), uniqueWav(), "voice-" + i + ".wav");
        }
        assertThatThrownBy(() -> attach(monitor, fences.id(), uniqueWav(), "one-more.wav"))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((LocalizedException) e).messageKey()).isEqualTo("observation.media.too-many");
        assertThat(accounts.as(monitor, () -> media.media(fences.id()))).hasSize(ObservationMediaService.MAX_FILES);
    }
}
