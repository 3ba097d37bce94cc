package org.steward.base.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * A small text-layout helper over PDFBox: flows headings, wrapped paragraphs, labelled fields, monospace lines and
 * images down A4 pages, breaking pages as needed, and numbers the pages at the end. Uses the standard 14 fonts (never
 * embedded), so any character they cannot show is printed as '?'; the same calls give the same bytes when the caller
 * sets the document id ({@link #documentId}). Used by the evidence pack and the model card.
 */
public final class PdfLayout implements AutoCloseable {

    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final float BODY = 10;
    private static final float MONO = 8;

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDFont mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();
    private final String footer;
    private @Nullable PDPageContentStream out;
    private float y;

    public PdfLayout(String title, String footer) {
        this.footer = footer;
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Steward");
    }

    public void title(String text) {
        lines(text, bold, 16, 0, 4);
        gap(6);
    }

    public void heading(String text) {
        gap(10);
        // keep a heading with the start of its section: the heading, a subheading and a few lines
        room(14 * 1.3f + 11 * 1.3f + BODY * 1.3f * 4 + 20);
        lines(text, bold, 14, 0, 4);
        rule();
    }

    public void subheading(String text) {
        gap(4);
        room(11 * 1.3f + BODY * 1.3f * 2);
        lines(text, bold, 11, 0, 2);
    }

    public void paragraph(String text) {
        lines(text, regular, BODY, 0, 3);
    }

    /** A labelled value on one or more lines, the label in bold; empty values are shown as a dash. */
    public void field(String label, @Nullable Object value) {
        var text = value == null || value.toString().isBlank() ? "-" : value.toString();
        var prefix = clean(label + ": ", bold);
        var offset = width(prefix, bold, BODY);
        var wrapped = wrap(clean(text, regular), regular, BODY, WIDTH - offset, WIDTH - 12);
        for (int i = 0; i < wrapped.size(); i++) {
            room(BODY * 1.3f);
            y -= BODY * 1.3f;
            if (i == 0) {
                show(prefix, bold, BODY, MARGIN);
                show(wrapped.get(i), regular, BODY, MARGIN + offset);
            } else {
                show(wrapped.get(i), regular, BODY, MARGIN + 12);
            }
        }
        y -= 2;
    }

    /** A labelled value in monospace, e.g. a hash, indented. */
    public void monoField(String label, @Nullable String value) {
        lines(label + " " + (value == null || value.isBlank() ? "-" : value), mono, MONO, 12, 1);
    }

    /** A filled box with one bold line of text: green when {@code good}, red otherwise. */
    public void banner(String text, boolean good) {
        var size = 12f;
        var wrapped = wrap(clean(text, bold), bold, size, WIDTH - 16, WIDTH - 16);
        var height = wrapped.size() * size * 1.3f + 12;
        room(height + 6);
        var stream = stream();
        try {
            if (good) {
                stream.setNonStrokingColor(0.86f, 0.95f, 0.87f);
            } else {
                stream.setNonStrokingColor(0.99f, 0.86f, 0.86f);
            }
            stream.addRect(MARGIN, y - height, WIDTH, height);
            stream.fill();
            if (good) {
                stream.setNonStrokingColor(0.05f, 0.40f, 0.12f);
            } else {
                stream.setNonStrokingColor(0.65f, 0.05f, 0.05f);
            }
            var top = y;
            y -= 6;
            for (var line : wrapped) {
                y -= size * 1.3f;
                show(line, bold, size, MARGIN + 8);
            }
            stream.setNonStrokingColor(0f, 0f, 0f);
            y = top - height - 6;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PNG image (e.g. a chart) scaled to the text width, with a caption below; starts a new page when it does not fit.
     */
    public void image(byte[] png, String caption) {
        try {
            var image = PDImageXObject.createFromByteArray(document, png, "chart");
            var width = WIDTH;
            var height = width * image.getHeight() / image.getWidth();
            room(height + BODY * 2);
            y -= height;
            stream().drawImage(image, MARGIN, y, width, height);
            y -= 4;
            lines(caption, regular, 8, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets the document's /ID from a hash of its content, so that it does not depend on the time of writing: the same
     * content then gives byte-identical PDFs.
     */
    public void documentId(String sha256) {
        var id = HexFormat.of().parseHex(sha256.substring(0, 32));
        var array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, array);
    }

    public void gap(float points) {
        y -= points;
    }

    /** The finished document, every page numbered. */
    public byte[] finish() {
        try {
            closeStream();
            var pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                var page = document.getPage(i);
                try (var stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                        true)) {
                    var text = clean(footer + " - page " + (i + 1) + " of " + pages, regular);
                    stream.beginText();
                    stream.setFont(regular, 8);
                    stream.newLineAtOffset(MARGIN, MARGIN / 2);
                    stream.showText(text);
                    stream.endText();
                }
            }
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closeStream();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void lines(String text, PDFont font, float size, float indent, float after) {
        for (var line : wrap(clean(text, font), font, size, WIDTH - indent, WIDTH - indent)) {
            room(size * 1.3f);
            y -= size * 1.3f;
            show(line, font, size, MARGIN + indent);
        }
        y -= after;
    }

    private void rule() {
        var stream = stream();
        try {
            stream.setLineWidth(0.5f);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + WIDTH, y);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 6;
    }

    private void show(String text, PDFont font, float size, float x) {
        var stream = stream();
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    private void room(float height) {
        if (out == null || y - height < MARGIN) {
            newPage();
        }
    }

    private PDPageContentStream stream() {
        if (out == null) {
            newPage();
        }
        return out;
    }

    private void newPage() {
        try {
            closeStream();
            var page = new PDPage(SIZE);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = SIZE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /**
     * Breaks {@code text} into lines no wider than {@code first} (the first line) and {@code rest} points, at spaces
     * where it can and inside words (e.g. hashes) where it must; keeps line breaks of the text.
     */
    public List<String> wrap(String text, PDFont font, float size, float first, float rest) {
        var lines = new ArrayList<String>();
        for (var paragraph : text.split("\n", -1)) {
            var line = new StringBuilder();
            for (var word : paragraph.split(" ")) {
                var candidate = line.isEmpty() ? word : line + " " + word;
                var limit = lines.isEmpty() ? first : rest;
                if (width(candidate, font, size) <= limit) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    limit = rest;
                }
                var remaining = word;
                while (width(remaining, font, size) > limit) {
                    int cut = remaining.length() - 1;
                    while (cut > 1 && width(remaining.substring(0, cut), font, size) > limit) {
                        cut--;
                    }
                    lines.add(remaining.substring(0, cut));
                    remaining = remaining.substring(cut);
                    limit = rest;
                }
                line.append(remaining);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with tabs as spaces, other control characters dropped and what the font cannot show as '?'. */
    String clean(String text, PDFont font) {
        var known = encodable.computeIfAbsent(font, f -> new HashMap<>());
        var clean = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\t', ' ').codePoints().forEach(cp -> {
            if (cp == '\n') {
                clean.append('\n');
            } else if (Character.isISOControl(cp)) {
                return;
            } else if (known.computeIfAbsent(cp, c -> canShow(font, c))) {
                clean.appendCodePoint(cp);
            } else {
                clean.append('?');
            }
        });
        return clean.toString();
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
