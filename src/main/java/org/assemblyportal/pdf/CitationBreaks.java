package org.assemblyportal.pdf;

import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Line breaks for text with legal citations: between words, never at a hyphen, so "12-баптың
 * 1-тармағы", "№ 333-VI" or "ЖТ-2022-0207" stay whole (set with {@code setSplitCharacters}).
 */
public final class CitationBreaks implements ISplitCharacters {

    public static final CitationBreaks INSTANCE = new CitationBreaks();

    private final DefaultSplitCharacters words = new DefaultSplitCharacters();

    private CitationBreaks() {
    }

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        var glyph = text.get(glyphPos);
        return !(glyph.hasValidUnicode() && glyph.getUnicode() == '-') && words.isSplitCharacter(text, glyphPos);
    }
}
