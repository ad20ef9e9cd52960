package org.taawun.shop.domain;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A till receipt as a PDF for an 80 mm roll (72 mm printable), in French: OpenPDF's standard Helvetica has no Arabic
 * glyphs and the project ships no Arabic font, so names are the French (else English) ones, or the shelf code (see
 * {@link PrintedLine}). The printable page ({@code /receipt}) is the one in the customer's language.
 */
final class SaleReceiptPdf {

    /** What the receipt says, already in printable (Latin) text. */
    record Content(
            String number,
            String date,
            String shopName,
            String shopAddress,
            List<Line> lines,
            String total,
            List<String[]> payments,
            String change,
            String flag) {}

    /** A printed line: product, "2 x 65.00", discount (or empty), line total. */
    record Line(String product, String quantityTimesPrice, String discount, String total) {}

    private static final float WIDTH = 80 / 25.4f * 72;
    private static final float MARGIN = 4 / 25.4f * 72;
    private static final Font TITLE = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 8);

    private SaleReceiptPdf() {}

    static byte[] render(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        float height = 220 + 34 * c.lines().size() + 12 * c.payments().size();
        Document document = new Document(new Rectangle(WIDTH, height), MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter.getInstance(document, out);
        document.addTitle("Ticket " + c.number());
        document.addCreator("Taawun");
        document.open();
        centered(document, c.shopName(), TITLE);
        centered(document, c.shopAddress(), TEXT);
        centered(document, "Ticket N° " + c.number(), BOLD);
        centered(document, c.date(), TEXT);
        document.add(new Paragraph(" ", TEXT));
        PdfPTable table = new PdfPTable(new float[] {3, 1.3f});
        table.setWidthPercentage(100);
        for (Line line : c.lines()) {
            cell(table, line.product(), BOLD, Element.ALIGN_LEFT, 2);
            cell(
                    table,
                    line.quantityTimesPrice() + (line.discount().isEmpty() ? "" : "  remise -" + line.discount()),
                    TEXT,
                    Element.ALIGN_LEFT,
                    1);
            cell(table, line.total(), TEXT, Element.ALIGN_RIGHT, 1);
        }
        cell(table, "TOTAL", TITLE, Element.ALIGN_LEFT, 1);
        cell(table, c.total(), TITLE, Element.ALIGN_RIGHT, 1);
        for (String[] payment : c.payments()) {
            cell(table, payment[0], TEXT, Element.ALIGN_LEFT, 1);
            cell(table, payment[1], TEXT, Element.ALIGN_RIGHT, 1);
        }
        cell(table, "Rendu", BOLD, Element.ALIGN_LEFT, 1);
        cell(table, c.change(), BOLD, Element.ALIGN_RIGHT, 1);
        document.add(table);
        document.add(new Paragraph(" ", TEXT));
        centered(document, "Merci de votre visite. Les produits vendus sont ceux de coopératives de femmes.", TEXT);
        document.close();
        return out.toByteArray();
    }

    private static void centered(Document document, String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        document.add(paragraph);
    }

    private static void cell(PdfPTable table, String text, Font font, int alignment, int span) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setColspan(span);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1.5f);
        table.addCell(cell);
    }
}
