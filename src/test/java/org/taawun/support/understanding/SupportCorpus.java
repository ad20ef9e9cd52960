package org.taawun.support.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A few thousand realistic chat messages for measuring the understanding (not for asserting what it understands):
 * Darija in Latin and Arabic script, Arabic, French and English, topics and danger, the same with typing mistakes
 * made by a seeded random generator, and long texts. Always the same messages in the same order.
 */
public final class SupportCorpus {

    static final List<String> BASE = """
            salam
            salam, bghit mou7ami
            السلام عليكم بغيت ندير شكاية
            chno howa l3onf?
            rajli kaydrebni kol nhar
            شنو هي أنواع العنف
            راجلي كيضربني
            ما هو العنف الاقتصادي
            c'est quoi la violence psychologique ?
            mon mari me frappe
            what is domestic violence
            il me harcèle sur facebook
            chno kay9ol l9anoun 103-13
            bghit n3ref 7o9o9i
            شنو كيقول القانون على العنف
            quels sont mes droits ?
            que dit la loi 2017-58 en Tunisie
            bghit ndir chikaya
            kifach nchki b rajli l lboulis
            كيفاش ندير شكاية
            بغيت نمشي للبوليس
            comment porter plainte ?
            je veux aller au commissariat
            how do I file a complaint
            fin kayn sbitar f casa
            فين كاين السبيطار
            je suis blessée, où est l'hôpital ?
            I am pregnant and injured
            ma 3ndi fin nbat
            ما عنديش فين نمشي
            je n'ai nulle part où aller
            is there a shelter near me
            ma 3ndich flous l m7ami
            كيفاش نطلب المساعدة القضائية
            j'ai besoin d'un avocat
            custody of my children
            ana m9el9a bzzzaf
            أنا مخنوقة وحزينة
            je cherche un psychologue
            I feel so anxious and sad
            kifach n7mi rasi
            كيفاش نحمي راسي وولادي
            je veux quitter la maison
            I want to leave him
            bghit nhder m3a chi wa7ed
            بغيت نهضر مع شي حد
            je veux parler à quelqu'un
            I want a human
            menu
            0
            القائمة
            oui
            non
            la
            iyeh
            Maroc
            Tunisie
            Casablanca-Settat
            bgha yqtelni
            rah kaydrebni daba 3teqni
            بغيت نموت
            حبسني فالدار
            il va me tuer
            he is hitting me now
            je meurs de rire
            ana mayta 3la had lfilm
            ميتة بالضحك
            my feet are killing me
            ma kaydrebnich daba, ghir kaygowet
            3aslema, nheb n7ki m3a 7ad
            wach kayn chi jam3iya f fes katsa3ed l3yalat
            rani mkhal3a w ma 3reftch chno ndir
            """.lines().toList();

    static final List<String> FILLER = List.of(
            "w", "daba", "ana", "rah", "bzaf", "3afak", "alors", "et", "puis", "then", "really", "واش", "دابا", "والله",
            "hier", "lbare7", "demain", "ghda", "f", "la", "maison", "dar", "lwlad", "enfants", "يعني", "مشكل");

    private SupportCorpus() {}

    /** {@code size} messages: the base ones, then each with mistakes, then longer ones, cycling. */
    public static List<String> messages(int size) {
        Random random = new Random(42);
        List<String> out = new ArrayList<>(size);
        while (out.size() < size) {
            String base = BASE.get(out.size() % BASE.size());
            int kind = (out.size() / BASE.size()) % 5;
            out.add(
                    switch (kind) {
                        case 0 -> base;
                        case 1, 2 -> typos(base, random);
                        case 3 -> padded(base, random, 6);
                        default -> longText(random);
                    });
        }
        return out;
    }

    private static String typos(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && b.length() > 2; e++) {
            int i = 1 + random.nextInt(b.length() - 1);
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(i);
                case 1 -> b.insert(i, b.charAt(i - 1));
                case 2 -> b.setCharAt(i, (char) ('a' + random.nextInt(26)));
                default -> {
                    char c = b.charAt(i);
                    b.setCharAt(i, b.charAt(i - 1));
                    b.setCharAt(i - 1, c);
                }
            }
        }
        return b.toString();
    }

    private static String padded(String text, Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(FILLER.get(random.nextInt(FILLER.size()))).append(' ');
        }
        return b.append(text)
                .append(' ')
                .append(FILLER.get(random.nextInt(FILLER.size())))
                .toString();
    }

    /** A long message (a few hundred words), as someone telling her whole story at once. */
    private static String longText(Random random) {
        StringBuilder b = new StringBuilder();
        int sentences = 8 + random.nextInt(20);
        for (int i = 0; i < sentences; i++) {
            String sentence = BASE.get(random.nextInt(BASE.size()));
            b.append(random.nextBoolean() ? typos(sentence, random) : sentence).append(". ");
            b.append(FILLER.get(random.nextInt(FILLER.size()))).append(' ');
        }
        return b.toString();
    }
}
