package org.taawun.cooperative.domain;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.cooperative.CertificationKind;
import org.taawun.cooperative.Country;
import org.taawun.cooperative.LegalForm;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.demo.DemoSettings;
import org.taawun.shared.media.MediaStorage;

/**
 * Demo cooperatives (synthetic, with the products of the seeds): two in Morocco, one women's group in Tunisia, all
 * verified, and one application waiting for the administrator. Loaded once into an empty registry.
 */
@Component
@Order(20)
class CooperativeDemoData implements ApplicationRunner {

    private final DemoSettings settings;
    private final CooperativeRepository cooperatives;
    private final CertificationRepository certifications;
    private final MediaStorage media;

    CooperativeDemoData(
            DemoSettings settings,
            CooperativeRepository cooperatives,
            CertificationRepository certifications,
            MediaStorage media) {
        this.settings = settings;
        this.cooperatives = cooperatives;
        this.certifications = certifications;
        this.media = media;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!settings.enabled() || cooperatives.count() > 0) {
            return;
        }
        Cooperative argan = add(
                DemoIds.COOP_ARGAN,
                "tiwizi-argan",
                new Application(
                        "تعاونية تيويزي للأركان",
                        "Coopérative Tiwizi Argan",
                        Country.MA,
                        "MA-09",
                        LegalForm.COOPERATIVE,
                        "ODCO-AG-2011-0457",
                        2011,
                        46,
                        "+212661234501",
                        "Fatima Ait Lahcen",
                        "manager1@taawun.test"),
                "ar",
                new Color(0xA4462B));
        argan.editProfile(
                "tiwizi-argan",
                "نساء دوار تيويزي قرب تارودانت يكسرن اللوز ويعصرن زيت الأركان يدويا كما تعلمنه من أمهاتهن. نبيع زيت"
                        + " الأركان الغذائي والتجميلي، والأملو باللوز والعسل.",
                "Les femmes du douar Tiwizi, près de Taroudant, concassent les amandons et pressent l'huile d'argan à"
                        + " la main, comme leurs mères. Huile d'argan alimentaire et cosmétique, amlou aux amandes et"
                        + " au miel.",
                "The women of Tiwizi village near Taroudant crack the kernels and press argan oil by hand, as their"
                        + " mothers taught them. Culinary and cosmetic argan oil, amlou with almonds and honey.");
        certify(argan, CertificationKind.ONSSA_AUTHORISATION, "AS.09.214.2021", LocalDate.of(2027, 6, 30));
        certify(argan, CertificationKind.ARGAN_PGI, "IGP-ARG-0318", LocalDate.of(2027, 12, 31));

        Cooperative khouribga = add(
                DemoIds.COOP_KHOURIBGA,
                "nour-khouribga",
                new Application(
                        "تعاونية نور خريبكة",
                        "Coopérative Nour Khouribga",
                        Country.MA,
                        "MA-05",
                        LegalForm.COOPERATIVE,
                        "ODCO-KH-2016-0102",
                        2016,
                        23,
                        "+212662345602",
                        "Khadija Bennani",
                        "manager2@taawun.test"),
                "ar",
                new Color(0x2F6B3A));
        khouribga.editProfile(
                "nour-khouribga",
                "تعاونية نسائية من إقليم خريبكة: زيت الزيتون البكر، عصير الرمان، الكسكس المفتول باليد، والزرابي"
                        + " والمنسوجات اليدوية.",
                "Coopérative de femmes de la province de Khouribga : huile d'olive vierge, jus de grenade, couscous"
                        + " roulé à la main, tapis et tissages.",
                "A women's cooperative of Khouribga province: virgin olive oil, pomegranate juice, hand-rolled"
                        + " couscous, carpets and hand-woven textiles.");
        certify(khouribga, CertificationKind.ONSSA_AGREMENT, "AG.05.087.2019", LocalDate.of(2027, 3, 31));

        Cooperative sejnane = add(
                DemoIds.COOP_TUNISIA,
                "sejnane-women",
                new Application(
                        "مجمع نساء سجنان للفخار",
                        "Groupement des femmes de Sejnane",
                        Country.TN,
                        "TN-23",
                        LegalForm.WOMENS_GROUP,
                        "GDA-BZ-2018-031",
                        2018,
                        31,
                        "+21698123403",
                        "Salma Trabelsi",
                        "manager-tn@taawun.test"),
                "fr",
                new Color(0x7A4E9E));
        sejnane.editProfile(
                "sejnane-women",
                "نساء سجنان يصنعن الفخار باليد ويطهينه على نار الحطب، حرفة متوارثة منذ قرون.",
                "Les femmes de Sejnane modèlent la poterie à la main et la cuisent au feu de bois, un savoir-faire"
                        + " transmis depuis des siècles.",
                "The women of Sejnane shape pottery by hand and fire it over wood, a craft handed down for"
                        + " centuries.");

        Cooperative pending = new Cooperative(
                DemoIds.COOP_PENDING,
                new Application(
                        "تعاونية الزهرة للكسكس",
                        "Coopérative Zahra Couscous",
                        Country.MA,
                        "MA-06",
                        LegalForm.COOPERATIVE,
                        "ODCO-CS-2023-0911",
                        2023,
                        12,
                        "+212663456704",
                        "Zahra El Idrissi",
                        "zahra@taawun.test"),
                "zahra-couscous",
                "+212663456704",
                Locale.forLanguageTag("ar"));
        cooperatives.save(pending);
    }

    private Cooperative add(UUID id, String slug, Application application, String locale, Color colour) {
        Cooperative cooperative =
                new Cooperative(id, application, slug, application.contactPhone(), Locale.forLanguageTag(locale));
        cooperative.verify();
        cooperative.changeLogo(
                media.storeDrawn(logo(application.nameFr(), colour), 320).get(0));
        return cooperatives.save(cooperative);
    }

    private void certify(Cooperative cooperative, CertificationKind kind, String reference, LocalDate validUntil) {
        certifications.save(
                new Certification(cooperative.id(), kind, reference, validUntil, CertificationStatus.CHECKED));
    }

    /** A generated logo: the cooperative's initials on a coloured disc. */
    private static BufferedImage logo(String name, Color colour) {
        BufferedImage image = new BufferedImage(320, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xFBF8F3));
        g.fillRect(0, 0, 320, 320);
        g.setPaint(new GradientPaint(0, 0, colour.brighter(), 320, 320, colour.darker()));
        g.fillOval(10, 10, 300, 300);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 120));
        String initials = initials(name);
        int width = g.getFontMetrics().stringWidth(initials);
        g.drawString(initials, 160 - width / 2, 205);
        g.dispose();
        return image;
    }

    private static String initials(String name) {
        String[] words = name.replace("Coopérative ", "")
                .replace("Groupement des femmes de ", "")
                .split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < Math.min(2, words.length); i++) {
            initials.append(Character.toUpperCase(words[i].charAt(0)));
        }
        return initials.toString();
    }
}
