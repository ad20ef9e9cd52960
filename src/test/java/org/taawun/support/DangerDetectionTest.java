package org.taawun.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Danger detection measured on two lists: danger phrases in Darija (Latin and Arabic script, Moroccan and Tunisian),
 * Arabic, French and English, typos included, must all raise the alarm (recall 100%); ordinary phrases, figures of
 * speech and topics of the chatbot included, must raise none. Decisions written down here:
 *
 * <ul>
 *   <li>violence told in the present, habitual or not ("mon mari me frappe", "il me frappe parfois", "rajli
 *       kaydrebni"), is an alarm: the flow then asks whether she is safe now; insults ("rajli kaysebni") are a topic;
 *   <li>figures of speech about dying or killing ("je meurs de rire", "mayta 3la had lfilm", "ghadi nmout bjou3",
 *       "قتلني الضحك", "my feet are killing me") are ordinary;
 *   <li>a weapon word alone is ordinary (people cook); a weapon in a threat is danger;
 *   <li>rape as a topic ("what does the law say about rape") is ordinary; told in the first person, it is danger;
 *   <li>a threat with "me" as its object alarms whoever the subject ("this job will kill me"; see {@link
 *       #ambiguousThreatsAlarmOnPurpose}): it is safer to ask.
 * </ul>
 */
class DangerDetectionTest {

    static final DangerDetector DETECTOR = new DangerDetector();

    static final List<String> DANGER = """
            bgha yqtelni
            ghadi y9telni
            rah bgha y9tlni daba
            rajli ghadi yqtelni
            kaydrebni daba
            rah kaydrebni 3teqni
            kaydarbni db
            bghit nmout
            ana baghya nmout
            ma bqitch bghit n3ich
            ghadi nqtel rasi
            bghit nenta7er
            heddedni bl9tel
            sed 3liya f dar w mcha
            7bsni f dar
            3ando mous w kayhedded
            jbed 3liya lmous
            ghtasbni
            kaykhne9ni
            3teqni
            ana f khatar
            bech yo9tolni
            nheb nmout
            yadhrabni tawa
            بغا يقتلني
            غادي يقتلني
            كيضربني دابا
            راه كيضربني عتقوني
            بغيت نموت
            غادي نقتل راسي
            بغيت ننتحر
            حبسني فالدار
            قفل عليا الباب
            جبد عليا الموس
            هددني بالقتل
            اغتصبني
            كيخنقني
            أنا في خطر
            باش يقتلني
            نحب نموت
            سيقتلني
            يريد قتلي
            يضربني الآن
            أريد أن أموت
            سأنتحر
            أفكر في الانتحار
            لا أريد أن أعيش
            أنا محتجزة في البيت
            معه سكين
            تعرضت للاغتصاب
            أنزف
            النجدة
            il va me tuer
            mon mari veut me tuer
            il a menacé de me tuer
            il me frappe maintenant
            il est en train de me frapper
            je vais me tuer
            je veux mourir
            j'ai envie d'en finir
            au secours
            il m'a enfermée dans la chambre
            il a un couteau
            il m'a violée
            il m'étrangle
            je suis en danger
            je saigne beaucoup
            j'ai peur qu'il me tue
            he is going to kill me
            he's going to kill me
            my husband threatened to kill me
            he is hitting me now
            he's beating me right now
            I want to die
            I'm going to kill myself
            I don't want to live anymore
            he locked me in the room
            he has a knife
            he raped me
            I'm bleeding
            he is choking me
            I am in danger
            help me now please
            sos
            SOS
            urgence
            kaydrabni daba
            rah kaidrebni
            bgha yqtlni
            ghadi yktelni
            bghit nmot
            bghiiit nmouuut
            je veu mourir
            il va me tuée
            au secour
            il ma enfermée
            he is gonna kil me
            i wana die
            he is hiting me now
            rajli kay9tlni daba
            mon mari me frappe
            kayhddni b lmout
            mon frère m'a violée
            3endi jer7 w kaydem
            il me frappe parfois quand il est fatigué
            يقتلنى
            كيضربنى دابا
            بغيت نمووووت
            راني في خطر
            """.lines().toList();

    static final List<String> ORDINARY = """
            je meurs de rire
            mort de rire, cette vidéo
            je suis morte de fatigue ce soir
            je meurs de faim, on mange quand ?
            ce film m'a tuée
            je veux courir demain matin
            j'aime la couleur violet
            il me tue avec ses blagues
            je coupe les légumes avec un couteau
            comment porter plainte pour violence
            que dit la loi sur le viol
            quels sont mes droits en cas de divorce
            j'ai besoin d'un avocat gratuit
            je cherche un centre d'écoute à Fès
            mon mari m'insulte tous les jours
            bonjour, j'ai une question
            merci beaucoup
            je vais tuer le temps au marché
            I'm dying to see the new film
            this traffic is killing me
            my feet are killing me
            I nearly died laughing
            I could kill for a coffee
            we were killing time at the market
            what does the law say about rape
            how do I report harassment at work
            I need a lawyer for my divorce
            where is the nearest hospital
            the knife is in the kitchen drawer
            dead tired after work
            I am beating the eggs for the cake
            my phone is dying
            I want to dye my hair red
            he hits the ball hard
            ana mayta 3la had lfilm
            mayta bdda7k
            ghadi nmout bjou3
            kanmout 3lik a 7bibti
            9telni dde7k
            salam, bghit n3ref 7o9o9i
            fin kayn sbitar f casa
            bghit ndir chikaya
            rajli kaysebni
            khdit lmous bach nqesser lbtata
            l7mdollah labas
            chokran bzzzaf
            wach kayn mou7ami fabor
            had lkhedma ghadi tqtelni
            rasi kayderni daba
            ma kaydrebnich daba, ghir kaygowet
            nheb nemchi lel bhar
            mitt bidhak
            3aychek
            أنا ميتة على هاد الفيلم
            ميتة بالضحك
            قتلني الضحك
            غادي نموت بالجوع
            بغيت نعرف حقوقي
            فين كاين السبيطار
            بغيت ندير شكاية
            راجلي كيسبني
            شكرا بزاف
            كنموت عليك
            ما هي أنواع العنف
            أريد محاميا
            أين أجد مركز استماع
            السلام عليكم
            أموت من الضحك
            اشتريت سكينا جديدا للمطبخ
            menu
            0
            retour
            قائمة
            I want to run a marathon
            my husband is killing it at work
            I'm afraid of the dark
            the police were nice to me
            the doctor said it is a bruise
            right now I am at the market
            nheb n3ref 7o9o9i
            """.lines().toList();

    @Test
    void everyDangerPhraseRaisesTheAlarm() {
        List<String> missed =
                DANGER.stream().filter(text -> !DETECTOR.assess(text).alarm()).toList();
        System.out.printf(
                "Danger recall: %d/%d (%.1f%%)%n",
                DANGER.size() - missed.size(), DANGER.size(), 100.0 * (DANGER.size() - missed.size()) / DANGER.size());
        assertThat(DANGER).hasSizeGreaterThanOrEqualTo(60);
        assertThat(missed).as("danger phrases without an alarm").isEmpty();
    }

    @Test
    void noOrdinaryPhraseRaisesTheAlarm() {
        List<String> alarms = ORDINARY.stream()
                .filter(text -> DETECTOR.assess(text).alarm())
                .map(text -> text + " ← " + explain(text))
                .toList();
        System.out.printf("False alarms: %d/%d%n", alarms.size(), ORDINARY.size());
        assertThat(ORDINARY).hasSizeGreaterThanOrEqualTo(60);
        assertThat(alarms).as("ordinary phrases with an alarm").isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bgha yqtelni | THREAT_TO_LIFE",
                "mon mari veut me tuer | THREAT_TO_LIFE",
                "كيضربني دابا | ONGOING_VIOLENCE",
                "he is hitting me now | ONGOING_VIOLENCE",
                "bghit nmout | SELF_HARM",
                "je vais me tuer | SELF_HARM",
                "أريد أن أموت | SELF_HARM",
                "7bsni f dar | CONFINEMENT",
                "he locked me in the room | CONFINEMENT",
                "jbed 3liya lmous | WEAPON",
                "il a un couteau | WEAPON",
                "اغتصبني | SEXUAL_ASSAULT",
                "I was raped | SEXUAL_ASSAULT",
                "kaykhne9ni | INJURY",
                "je saigne | INJURY",
                "3teqni | CALL_FOR_HELP",
                "أنا في خطر | CALL_FOR_HELP",
                "sos | CALL_FOR_HELP",
                "kayhddni b lmout | THREAT_TO_LIFE",
                "mon frère m'a violée | SEXUAL_ASSAULT",
                "3endi jer7 w kaydem | INJURY",
                "kaydreb wlidi daba | CHILD_IN_DANGER",
                "il menace de tuer mes enfants | CHILD_IN_DANGER"
            })
    void tellsWhyItRaisedTheAlarm(String text, DangerKind kind) {
        assertThat(DETECTOR.assess(text).kinds()).contains(kind);
    }

    @Test
    void ambiguousThreatsAlarmOnPurpose() {
        for (String text : List.of("ce travail va me tuer", "هذا العمل سيقتلني", "this job is going to kill me")) {
            assertThat(DETECTOR.assess(text).alarm()).as(text).isTrue();
        }
    }

    @Test
    void aFigureOfSpeechDoesNotHideADangerElsewhereInTheMessage() {
        assertThat(DETECTOR.assess("je meurs de rire").alarm()).isFalse();
        assertThat(DETECTOR.assess("ghadi nmout bjou3 w rah kaydrebni daba").kinds())
                .containsExactly(DangerKind.ONGOING_VIOLENCE);
        assertThat(DETECTOR.assess("mort de rire mais il va me tuer").kinds())
                .containsExactly(DangerKind.THREAT_TO_LIFE);
    }

    @Test
    void aTypoOfADangerWordIsNeverExcusedAsAFigureOfSpeech() {
        // "kaydarbni" is two letters from both "kaydrebni" (he hits me) and "kayderni" (it hurts me).
        assertThat(DETECTOR.assess("kaydarbni db").alarm()).isTrue();
        assertThat(DETECTOR.assess("rasi kayderni daba").alarm()).isFalse();
    }

    @Test
    void nothingToReadIsNoDanger() {
        assertThat(DETECTOR.assess(null)).isEqualTo(DangerSignal.NONE);
        assertThat(DETECTOR.assess("")).isEqualTo(DangerSignal.NONE);
        assertThat(DETECTOR.assess("\u0000\uFFFD\uD800")).isEqualTo(DangerSignal.NONE);
    }

    private static String explain(String text) {
        return DETECTOR.explain(text).stream()
                .map(h -> h.list().name() + ": " + h.phrase())
                .collect(Collectors.joining("; "));
    }
}
