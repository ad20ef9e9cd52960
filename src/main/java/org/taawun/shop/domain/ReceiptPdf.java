package org.taawun.shop.domain;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The numbered note of a deposit or withdrawal, in French, for both parties to sign: shop, cooperative, date, lines,
 * totals, the consignment terms and two signature boxes.
 */
final class ReceiptPdf {

    /** What the note says, already in printable (Latin) text. */
    record Content(
            boolean deposit,
            String number,
            String date,
            String shopName,
            String shopAddress,
            String cooperativeName,
            List<PrintedLine> lines,
            int units,
            String total) {}

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);

    private ReceiptPdf() {}

    static byte[] render(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle((c.deposit() ? "Bon de dépôt " : "Bon de retrait ") + c.number());
        document.addCreator("Taawun");
        document.open();
        document.add(new Paragraph(
                c.deposit() ? "Bon de dépôt en consignation" : "Bon de retrait de marchandises non vendues", TITLE));
        document.add(new Paragraph("N° " + c.number() + "   -   " + c.date(), BOLD));
        document.add(new Paragraph(" ", SMALL));
        document.add(new Paragraph("Boutique : " + c.shopName(), TEXT));
        document.add(new Paragraph(c.shopAddress(), SMALL));
        document.add(new Paragraph("Coopérative : " + c.cooperativeName(), TEXT));
        document.add(new Paragraph(" ", SMALL));

        PdfPTable table = new PdfPTable(c.deposit() ? new float[] {5, 2.4f, 1.2f, 2, 2} : new float[] {6, 2.4f, 1.2f});
        table.setWidthPercentage(100);
        header(table, "Produit");
        header(table, "Code");
        header(table, "Qté");
        if (c.deposit()) {
            header(table, "Prix unitaire");
            header(table, "Total");
        }
        for (PrintedLine line : c.lines()) {
            cell(table, line.product(), Element.ALIGN_LEFT);
            cell(table, line.code(), Element.ALIGN_LEFT);
            cell(table, Integer.toString(line.quantity()), Element.ALIGN_RIGHT);
            if (c.deposit()) {
                cell(table, PrintedLine.amount(line.unitPrice()), Element.ALIGN_RIGHT);
                cell(table, PrintedLine.amount(line.unitPrice().times(line.quantity())), Element.ALIGN_RIGHT);
            }
        }
        document.add(table);
        document.add(new Paragraph("Unités : " + c.units(), BOLD));
        if (c.deposit()) {
            document.add(new Paragraph("Valeur au prix de vente convenu : " + c.total(), BOLD));
            document.add(new Paragraph(
                    "Les marchandises déposées restent la propriété de la coopérative jusqu'à leur vente. La boutique"
                            + " les vend au prix convenu et reverse à la coopérative le produit des ventes, déduction"
                            + " faite de sa commission.",
                    SMALL));
        } else {
            document.add(new Paragraph(
                    "La coopérative reprend les marchandises ci-dessus, non vendues, qui quittent le stock de la"
                            + " boutique.",
                    SMALL));
        }
        document.add(new Paragraph(" ", TEXT));
        PdfPTable signatures = new PdfPTable(2);
        signatures.setWidthPercentage(100);
        signature(signatures, "Pour la boutique (nom et signature)");
        signature(signatures, "Pour la coopérative (nom et signature)");
        document.add(signatures);
        document.close();
        return out.toByteArray();
    }

    private static void header(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BOLD));
        cell.setPadding(4);
        table.addCell(cell);
    }

    private static void cell(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        table.addCell(cell);
    }

    private static void signature(PdfPTable table, String label) {
        PdfPCell cell = new PdfPCell(new Phrase(label, SMALL));
        cell.setFixedHeight(90);
        cell.setBorder(Rectangle.BOX);
        cell.setPadding(6);
        table.addCell(cell);
    }
}
