package org.assemblyportal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseFileLayoutTest {

    @Test
    void names_inside_the_zip_are_plain_ascii_and_keep_their_extension() {
        assertThat(CaseFileLayout.safeName("фото площади.jpg")).isEqualTo("file.jpg");
        assertThat(CaseFileLayout.safeName("протокол 1.txt")).isEqualTo("1.txt");
        assertThat(CaseFileLayout.safeName("Scan 2022-02-17 (2).PDF")).isEqualTo("Scan_2022-02-17_2.PDF");
        assertThat(CaseFileLayout.safeName("..\\..\\etc/passwd")).doesNotContain("/", "\\", "..");
        assertThat(CaseFileLayout.safeName(".bashrc")).isEqualTo("bashrc");
        assertThat(CaseFileLayout.safeName("")).isEqualTo("file");
        assertThat(CaseFileLayout.safeName("a".repeat(300) + ".mp4")).hasSize(CaseFileLayout.MAX_NAME).endsWith(".mp4");
    }
}
