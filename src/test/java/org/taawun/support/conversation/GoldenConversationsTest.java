package org.taawun.support.conversation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.taawun.support.chat.Chatbot;

/**
 * Scripted conversations in Darija (Arabic and Latin script), Arabic, French and English, checked turn by turn
 * through the {@link Chatbot} interface only. Numbers in the answers come from the directory's reference data.
 */
@EngineTest
class GoldenConversationsTest {

    static final String MENU_FR = "Je suis en danger | Formes de violence | Mes droits, la loi | Porter plainte"
            + " | Santé et soins | Écoute et refuge | Aide juridique | Aide psychologique | Plan de sécurité"
            + " | Parler à quelqu’un | Changer de pays | Changer de langue";

    @Autowired
    Chatbot bot;

    @Test
    void frenchComplaintInMorocco() {
        Script.play(bot, """
                @fr
                > Bonjour
                < Je suis là pour vous écouter
                ? العربية | Français | English
                * Français
                < Pouvez-vous parler sans danger maintenant ?
                ? Oui | Non
                > oui
                < Dans quel pays êtes-vous ?
                ? Maroc | Tunisie
                > au Maroc
                < Comment puis-je vous aider ?
                ? %s
                > comment porter plainnte
                < vous n’avez pas à le faire seule
                < cellules de prise en charge
                < Police (Sûreté nationale) — 19
                < Gendarmerie royale — 177
                ! 1899
                ! En Tunisie
                ? Services près de moi | Parler à quelqu’un | Menu
                * Services près de moi
                < Choisissez votre région dans la liste.
                ?+ Casablanca-Settat | Fès-Meknès | Souss-Massa
                > menu
                < Comment puis-je vous aider ?
                """.formatted(MENU_FR));
    }

    @Test
    void darijaInArabicScriptAboutALawyer() {
        Script.play(bot, """
                @ar
                > السلام عليكم
                < مرحبا بك. أنا هنا لأستمع إليك
                ? العربية | Français | English
                > الدارجة
                < هل تستطيعين التحدث بأمان الآن؟
                ? نعم | لا
                > ايه
                < في أي بلد أنت؟
                > المغرب
                < كيف يمكنني مساعدتك؟
                > بغيت محامي
                < لست مضطرة لمواجهة الإجراءات وحدك
                < خلية التكفل بالمحكمة
                ? خدمات قريبة مني | التحدث مع مستشارة | القائمة
                > قائمة
                < كيف يمكنني مساعدتك؟
                """);
    }

    @Test
    void darijaInLatinScriptWithDigits() {
        Script.play(bot, """
                > salam
                < مرحبا بك
                > darija
                < هل تستطيعين التحدث بأمان الآن؟
                > iyeh
                < في أي بلد أنت؟
                > lmaghrib
                < كيف يمكنني مساعدتك؟
                > wach 3ndi l7aq
                < القانون 103-13
                ! 2017
                > 0
                < كيف يمكنني مساعدتك؟
                > bghit n3ayt l chi 7ad
                < المستشارة امرأة مكوَّنة للاستماع
                ? نعم | لا
                > iyeh
                < طلبت لك مستشارة
                > rah ma 3ndi fin nmchi
                < وصلت رسالتك
                """);
    }

    @Test
    void arabicInTunisiaAboutRights() {
        Script.play(bot, """
                @ar
                > مرحبا
                * العربية
                * نعم
                * تونس
                > ما هي حقوقي
                < القانون الأساسي عدد 58 لسنة 2017
                ! 103-13
                ? خدمات قريبة مني | التحدث مع مستشارة | القائمة
                > أريد الذهاب إلى المستشفى
                < مصلحة المستعجلات
                < الإسعاف الطبي الاستعجالي (SAMU) — 190
                ! وحدات للتكفل
                """);
    }

    @Test
    void englishWhenSheCannotTalkSafely() {
        Script.play(bot, """
                @en
                > hello
                < I am here to listen to you
                * English
                < Can you talk safely now?
                > no
                < Your safety comes first.
                < Quick exit
                < 8350
                ! 1899
                ? I can talk now | Numbers: Tunisia
                * Numbers: Tunisia
                < 1899
                ! 8350
                ? I can talk now
                * I can talk now
                < Which country are you in?
                """);
    }

    @Test
    void aSafetyPlanAndServicesInTunisia() {
        Script.play(bot, """
                @fr
                > salut
                * Français
                * Oui
                * Tunisie
                * Plan de sécurité
                < Un plan de sécurité vous aide
                < Ligne verte pour les femmes victimes de violence — 1899
                ! 8350
                * Services près de moi
                ?+ Tunis | Ariana | Autres régions…
                * Autres régions…
                ! Ariana
                """);
    }
}
