package org.assemblyportal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentTypeTest {

    @Test
    void phone_videos_are_recognised_by_their_iso_media_brand() {
        assertThat(detect(SampleFiles.MP4)).contains(ContentType.MP4);
        assertThat(detect(SampleFiles.MOV)).contains(ContentType.QUICKTIME);
        assertThat(detect(SampleFiles.THREE_GP)).contains(ContentType.THREE_GPP);
        assertThat(detect(SampleFiles.M4A)).contains(ContentType.M4A);
        assertThat(detect(ftyp("isom"))).contains(ContentType.MP4);
        assertThat(detect(ftyp("3g2a"))).contains(ContentType.THREE_GPP);
        assertThat(detect(ftyp("heic"))).contains(ContentType.HEIC);
        // AVIF and JPEG 2000 are ISO media files too, and not ones we take.
        assertThat(detect(ftyp("avif"))).isEmpty();
        assertThat(detect(ftyp("jp2 "))).isEmpty();
    }

    @Test
    void webm_and_matroska_are_told_apart_by_the_document_type_in_their_ebml_header() {
        assertThat(detect(SampleFiles.WEBM)).contains(ContentType.WEBM);
        assertThat(detect(SampleFiles.MKV)).contains(ContentType.MATROSKA);
        var otherDocType = SampleFiles.WEBM.clone();
        otherDocType[24] = 'x';
        assertThat(detect(otherDocType)).isEmpty();
        // Cut before the document type: not enough to say.
        assertThat(ContentType.detect(SampleFiles.WEBM, 20)).isEmpty();
    }

    @Test
    void audio_is_recognised_by_its_tag_frame_or_container() {
        assertThat(detect(SampleFiles.MP3_ID3)).contains(ContentType.MP3);
        assertThat(detect(SampleFiles.MP3_FRAME)).contains(ContentType.MP3);
        assertThat(detect(SampleFiles.OGG)).contains(ContentType.OGG);
        assertThat(detect(SampleFiles.WAV)).contains(ContentType.WAV);
        assertThat(detect(SampleFiles.AMR)).contains(ContentType.AMR);
        assertThat(detect(SampleFiles.AMR_WB)).contains(ContentType.AMR_WB);
    }

    @Test
    void near_misses_of_an_mpeg_frame_are_not_taken_for_mp3() {
        // JPEG: FF D8 has too few sync bits; AAC in ADTS: FF F1 says layer 0; FF FF: reserved version bits.
        assertThat(detect(hex("ffd8ffe000104a4649460001"))).contains(ContentType.JPEG);
        assertThat(detect(hex("fff15080"))).isEmpty();
        assertThat(detect(hex("ffebff00"))).isEmpty();
        // A layer III frame with the forbidden bit-rate index 1111.
        assertThat(detect(hex("fffbf064"))).isEmpty();
    }

    @Test
    void riff_files_other_than_webp_and_wave_are_not_ours() {
        assertThat(detect(hex("52494646240000004156492020202020"))).isEmpty(); // RIFF....AVI
    }

    @Test
    void kinds_follow_the_media_type() {
        assertThat(ContentType.QUICKTIME.isVideo()).isTrue();
        assertThat(ContentType.AMR.isAudio()).isTrue();
        assertThat(ContentType.HEIC.isImage()).isTrue();
        assertThat(ContentType.PDF.isImage() || ContentType.PDF.isVideo() || ContentType.PDF.isAudio()).isFalse();
        assertThat(ContentType.ofMediaType("video/webm")).contains(ContentType.WEBM);
    }

    @Test
    void observation_media_take_photos_videos_and_audio_up_to_500_megabytes_but_no_documents() {
        var policy = UploadPolicy.OBSERVATION_MEDIA;

        assertThat(policy.maxMegabytes()).isEqualTo(500);
        assertThat(policy.allowed()).contains(ContentType.JPEG, ContentType.HEIC, ContentType.MP4, ContentType.QUICKTIME,
                ContentType.WEBM, ContentType.MP3, ContentType.M4A, ContentType.AMR);
        assertThat(policy.allowed()).doesNotContain(ContentType.PDF);
        assertThat(policy.allowedLabels()).startsWith("JPEG, PNG, WebP, HEIC, HEIF, MP4, MOV");
    }

    private static Optional<ContentType> detect(byte[] file) {
        var head = Arrays.copyOf(file, Math.min(file.length, ContentType.SIGNATURE_LENGTH));
        return ContentType.detect(head, head.length);
    }

    private static byte[] ftyp(String brand) {
        return hex("00000014" + HexFormat.of().formatHex(("ftyp" + brand).getBytes()) + "00000000");
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
