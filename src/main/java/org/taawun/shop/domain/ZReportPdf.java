package org.taawun.shop.domain;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.taawun.shared.money.Money;
import org.taawun.shop.ShopView;

/**
 * The Z report of a closed cash session, in French (OpenPDF's standard Helvetica has no Arabic glyphs and the project
 * ships no Arabic font, as {@link PrintedLine} explains): shop, session, cashier, times, float, sales and returns,
 * what was kept per payment method, refunds, discounts, expected cash, the count per denomination, the difference and
 * the flagged sales.
 */
final class ZReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH);
    private static final Map<String, String> METHODS =
            Map.of("CASH", "Espèces", "CARD", "Carte", "MOBILE", "Paiement mobile");

    private ZReportPdf() {}

    static byte[] render(ShopView shop, CashSession s, SessionFigures f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle("Rapport Z " + s.id());
        document.addCreator("Taawun");
        document.open();
        ZoneId zone = ShopSettingsService.zone(shop);
        document.add(new Paragraph("Rapport Z - clôture de caisse", TITLE));
        document.add(new Paragraph("Boutique : " + PrintedLine.latin("-", shop.nameFr()), BOLD));
        document.add(new Paragraph("Session : " + s.id(), TEXT));
        document.add(
                new Paragraph("Caissier(e) : " + PrintedLine.latin(s.cashierId().toString(), s.cashierName()), TEXT));
        document.add(new Paragraph("Ouverte le : " + time(s.openedAt(), zone), TEXT));
        document.add(new Paragraph("Clôturée le : " + time(s.closedAt(), zone), TEXT));
        if (s.approvedAt() != null) {
            document.add(new Paragraph("Approuvée le : " + time(s.approvedAt(), zone), TEXT));
        }
        document.add(new Paragraph(" ", TEXT));

        PdfPTable figures = table(new float[] {3, 2});
        row(figures, "Fonds de caisse", s.openingFloat());
        row(figures, "Nombre de ventes", Integer.toString(f.sales()));
        row(figures, "Nombre de retours", Integer.toString(f.returns()));
        for (String method : SessionFigures.METHODS) {
            row(figures, "Encaissé - " + METHODS.get(method), f.kept(method));
        }
        for (String method : SessionFigures.METHODS) {
            row(figures, "Remboursé - " + METHODS.get(method), f.refunded(method));
        }
        row(figures, "Remises accordées", f.discounts());
        row(figures, "Espèces attendues", s.expectedCash());
        row(figures, "Espèces comptées", s.countedCash());
        row(figures, "Écart (compté - attendu)", s.difference());
        document.add(figures);

        document.add(new Paragraph("Comptage par coupure", BOLD));
        PdfPTable counts = table(new float[] {2, 1, 2});
        header(counts, "Coupure", "Nombre", "Montant");
        for (CashCount c : s.counts()) {
            cell(counts, amount(new BigDecimal(c.denomination()), s.currency()), Element.ALIGN_RIGHT);
            cell(counts, Integer.toString(c.count()), Element.ALIGN_RIGHT);
            cell(counts, amount(c.value(), s.currency()), Element.ALIGN_RIGHT);
        }
        document.add(counts);

        document.add(new Paragraph("Ventes signalées : " + f.flagged().size(), BOLD));
        if (!f.flagged().isEmpty()) {
            PdfPTable flagged = table(new float[] {3, 2, 3, 2});
            header(flagged, "Ticket", "Motif", "Date", "Total");
            for (SessionFigures.FlaggedSale sale : f.flagged()) {
                cell(flagged, sale.number(), Element.ALIGN_LEFT);
                cell(flagged, sale.flag(), Element.ALIGN_LEFT);
                cell(flagged, time(sale.soldAt(), zone), Element.ALIGN_LEFT);
                cell(flagged, PrintedLine.amount(sale.total()), Element.ALIGN_RIGHT);
            }
            document.add(flagged);
        }
        document.close();
        return out.toByteArray();
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "-" : TIME.format(instant.atZone(zone));
    }

    private static String amount(BigDecimal value, String currency) {
        return PrintedLine.amount(new Money(value, currency));
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        return table;
    }

    private static void row(PdfPTable table, String label, Money value) {
        row(table, label, PrintedLine.amount(value));
    }

    private static void row(PdfPTable table, String label, String value) {
        cell(table, label, Element.ALIGN_LEFT);
        cell(table, value, Element.ALIGN_RIGHT);
    }

    private static void header(PdfPTable table, String... labels) {
        for (String label : labels) {
            PdfPCell cell = new PdfPCell(new Phrase(label, BOLD));
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private static void cell(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        table.addCell(cell);
    }
}
