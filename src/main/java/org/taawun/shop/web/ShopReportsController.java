package org.taawun.shop.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.taawun.catalog.Category;
import org.taawun.shared.web.Formats;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.SupportedLocales;
import org.taawun.shop.domain.ReportPeriod;
import org.taawun.shop.domain.ShopReport;
import org.taawun.shop.domain.ShopReports;

/**
 * The shop manager's reports: the sales of a period (the last 30 days unless she picks two dates in the shop's time
 * zone) per day, per cooperative, per category and best sellers, each as a chart drawn here and the table of its
 * figures, the stock on the shelves with its age, and the days' sales as CSV. A period the form cannot take is
 * shown with its message next to the field, and the default period's report.
 */
@Controller
class ShopReportsController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M");

    private final ShopReports reports;
    private final Formats formats;
    private final MessageSource messages;

    ShopReportsController(ShopReports reports, Formats formats, MessageSource messages) {
        this.reports = reports;
        this.formats = formats;
        this.messages = messages;
    }

    @ManagesShop
    @GetMapping("/shop/{shopId}/reports")
    String reports(
            @PathVariable UUID shopId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        ZoneId zone = reports.zone(shopId);
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(from, to, zone);
            model.addAttribute("from", period.from().toString());
            model.addAttribute("to", period.to().toString());
        } catch (InvalidFieldException e) {
            period = ReportPeriod.lastDays(zone);
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("problemArgs", e.args());
            model.addAttribute("problemField", e.field());
            model.addAttribute("from", from);
            model.addAttribute("to", to);
        }
        ShopReport report = reports.report(shopId, period);
        model.addAttribute("report", report);
        model.addAttribute("currency", report.shop().currency());
        model.addAttribute(
                "salesDays",
                report.days().stream()
                        .filter(d -> d.figures().unitsSold() + d.figures().unitsReturned() > 0)
                        .toList());
        charts(report, model);
        return "shop/reports";
    }

    @ManagesShop
    @GetMapping("/shop/{shopId}/reports/sales.csv")
    ResponseEntity<byte[]> salesCsv(
            @PathVariable UUID shopId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        ReportPeriod period = ReportPeriod.parse(from, to, reports.zone(shopId));
        ShopReport report = reports.report(shopId, period);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader("date", "units_sold", "units_returned", "sold", "returned", "net", "currency")
                        .get())) {
            for (ShopReport.Day day : report.days()) {
                ShopReport.Figures f = day.figures();
                csv.printRecord(
                        day.date(),
                        f.unitsSold(),
                        f.unitsReturned(),
                        f.sold().amount().toPlainString(),
                        f.returned().amount().toPlainString(),
                        f.net().amount().toPlainString(),
                        f.sold().currency());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("sales-" + period.from() + "-" + period.to() + ".csv")
                                .build()
                                .toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void charts(ShopReport report, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean rtl = SupportedLocales.isRightToLeft(locale);
        String language = locale.getLanguage();
        model.addAttribute(
                "dayChart",
                BarChart.columns(
                        "chart-days",
                        text("shop-reports.chart.days", locale),
                        report.days().stream()
                                .map(d -> new BarChart.Bar(
                                        DAY.format(d.date()),
                                        d.figures().net().amount(),
                                        formats.money(d.figures().net())))
                                .toList(),
                        rtl));
        model.addAttribute(
                "cooperativeChart",
                BarChart.rows(
                        "chart-cooperatives",
                        text("shop-reports.chart.cooperatives", locale),
                        report.cooperatives().stream()
                                .map(g -> bar(
                                        g.key() == null
                                                ? text("shop-reports.unknown", locale)
                                                : g.key().name(language),
                                        g.figures()))
                                .toList(),
                        rtl));
        model.addAttribute(
                "categoryChart",
                BarChart.rows(
                        "chart-categories",
                        text("shop-reports.chart.categories", locale),
                        report.categories().stream()
                                .map(g -> bar(category(g.key(), locale), g.figures()))
                                .toList(),
                        rtl));
    }

    private BarChart.Bar bar(String label, ShopReport.Figures figures) {
        return new BarChart.Bar(label, figures.net().amount(), formats.money(figures.net()));
    }

    private String category(Category category, Locale locale) {
        return text("shop-reports.category." + (category == null ? Category.OTHER : category).name(), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
