package org.taawun.shop.domain;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A sheet of A4 labels, 3 by 8 (70 x 37 mm), one per unit: product, cooperative, price, and a Code 128 barcode of the
 * item's shop code drawn as vector bars (one bar module = 1 pt, 0.35 mm, with quiet zones), which any till scanner reads.
 */
final class LabelSheetPdf {

    /** One label's text, already printable (Latin). */
    record Label(String product, String cooperative, String price, String code) {}

    private static final int COLUMNS = 3;
    private static final int ROWS = 8;
    private static final float WIDTH = Utilities.millimetersToPoints(70);
    private static final float HEIGHT = PageSize.A4.getHeight() / ROWS;
    private static final float MODULE = 1f;
    private static final float BAR_HEIGHT = Utilities.millimetersToPoints(12);

    private LabelSheetPdf() {}

    static byte[] render(List<Label> labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Étiquettes");
        document.open();
        BaseFont regular = font(BaseFont.HELVETICA);
        BaseFont bold = font(BaseFont.HELVETICA_BOLD);
        PdfContentByte canvas = writer.getDirectContent();
        if (labels.isEmpty()) {
            document.add(new com.lowagie.text.Paragraph(" "));
        }
        for (int i = 0; i < labels.size(); i++) {
            int onPage = i % (COLUMNS * ROWS);
            if (i > 0 && onPage == 0) {
                document.newPage();
            }
            float x = onPage % COLUMNS * WIDTH;
            float y = PageSize.A4.getHeight() - (onPage / COLUMNS + 1) * HEIGHT;
            draw(canvas, regular, bold, labels.get(i), x, y);
        }
        document.close();
        return out.toByteArray();
    }

    private static void draw(PdfContentByte canvas, BaseFont regular, BaseFont bold, Label label, float x, float y) {
        float left = x + 10;
        text(canvas, bold, 8, fit(label.product(), 42), left, y + HEIGHT - 14);
        text(canvas, regular, 7, fit(label.cooperative(), 50), left, y + HEIGHT - 23);
        text(canvas, bold, 11, label.price(), left, y + HEIGHT - 36);
        BitMatrix bars = new Code128Writer().encode(label.code(), BarcodeFormat.CODE_128, 0, 0);
        float barsY = y + 14;
        canvas.setRGBColorFill(0, 0, 0);
        for (int m = 0; m < bars.getWidth(); m++) {
            if (bars.get(m, 0)) {
                canvas.rectangle(left + m * MODULE, barsY, MODULE, BAR_HEIGHT);
            }
        }
        canvas.fill();
        text(canvas, regular, 7, label.code(), left + 10, y + 5);
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, String text, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
