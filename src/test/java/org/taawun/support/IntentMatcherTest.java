package org.taawun.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden examples for each intent in Darija (both scripts), Arabic, French and English; typos; ranking rules. */
class IntentMatcherTest {

    static final IntentMatcher MATCHER = new IntentMatcher(new DangerDetector());

    /** Intent | message, one a line. */
    static final String GOLDEN = """
            VIOLENCE_KINDS|chno howa l3onf?
            VIOLENCE_KINDS|rajli kaysebni kol nhar
            VIOLENCE_KINDS|شنو هي أنواع العنف
            VIOLENCE_KINDS|راجلي كيسبني
            VIOLENCE_KINDS|ما هو العنف الاقتصادي
            VIOLENCE_KINDS|c'est quoi la violence psychologique ?
            VIOLENCE_KINDS|mon mari m'insulte
            VIOLENCE_KINDS|what is domestic violence
            VIOLENCE_KINDS|my husband insults me
            VIOLENCE_KINDS|il me harcèle sur facebook
            RIGHTS_LAW|chno kay9ol l9anoun 103-13
            RIGHTS_LAW|bghit n3ref 7o9o9i
            RIGHTS_LAW|شنو كيقول القانون على العنف
            RIGHTS_LAW|ما هي حقوقي
            RIGHTS_LAW|quels sont mes droits ?
            RIGHTS_LAW|que dit la loi 2017-58 en Tunisie
            RIGHTS_LAW|what are my rights
            COMPLAINT|bghit ndir chikaya
            COMPLAINT|kifach nchki b rajli l lboulis
            COMPLAINT|كيفاش ندير شكاية
            COMPLAINT|بغيت نمشي للبوليس
            COMPLAINT|كيف أقدم شكوى للنيابة العامة
            COMPLAINT|comment porter plainte ?
            COMPLAINT|je veux aller au commissariat
            COMPLAINT|how do I file a complaint
            COMPLAINT|where is the police station
            HEALTH|fin kayn sbitar
            HEALTH|bghit chahada tibiya
            HEALTH|فين كاين السبيطار
            HEALTH|محتاجة الشهادة الطبية
            HEALTH|où est l'hôpital ?
            HEALTH|il me faut un certificat médical
            HEALTH|I need a doctor
            HEALTH|I am pregnant and injured
            SHELTER|ma 3ndi fin nbat
            SHELTER|tredni mn dar
            SHELTER|ما عنديش فين نمشي
            SHELTER|أين أجد مركز الإيواء
            SHELTER|je n'ai nulle part où aller
            SHELTER|un foyer pour femmes
            SHELTER|I have nowhere to go
            SHELTER|is there a shelter near me
            LEGAL_AID|bghit mou7ami
            LEGAL_AID|ma 3ndich flous l m7ami
            LEGAL_AID|بغيت محامي بالمجان
            LEGAL_AID|كيفاش نطلب المساعدة القضائية
            LEGAL_AID|j'ai besoin d'un avocat
            LEGAL_AID|aide juridictionnelle
            LEGAL_AID|I need a lawyer
            LEGAL_AID|custody of my children
            PSYCHOLOGICAL|ana m9el9a bzzzaf
            PSYCHOLOGICAL|dima kanbki
            PSYCHOLOGICAL|أنا مخنوقة وحزينة
            PSYCHOLOGICAL|بغيت الدعم النفسي
            PSYCHOLOGICAL|je suis déprimée
            PSYCHOLOGICAL|je cherche un psychologue
            PSYCHOLOGICAL|I feel so anxious and sad
            PSYCHOLOGICAL|I need emotional support
            SAFETY_PLAN|kifach n7mi rasi
            SAFETY_PLAN|bghit nhreb mn dar
            SAFETY_PLAN|كيفاش نحمي راسي وولادي
            SAFETY_PLAN|ما هي خطة الأمان
            SAFETY_PLAN|comment me protéger ?
            SAFETY_PLAN|je veux quitter la maison
            SAFETY_PLAN|how can I protect myself
            SAFETY_PLAN|I want to leave him
            COUNSELLOR|bghit nhder m3a chi wa7ed
            COUNSELLOR|3afak chi bnadem
            COUNSELLOR|بغيت نهضر مع شي حد
            COUNSELLOR|أريد أن أتحدث مع شخص حقيقي
            COUNSELLOR|je veux parler à quelqu'un
            COUNSELLOR|une vraie personne svp
            COUNSELLOR|can I talk to someone
            COUNSELLOR|I want a human
            MENU|menu
            MENU|0
            MENU|retour au menu
            MENU|القائمة
            MENU|لائحة
            MENU|rje3
            MENU|back
            GREETING|salam
            GREETING|salamo 3alaykom
            GREETING|السلام عليكم
            GREETING|مرحبا
            GREETING|bonjour
            GREETING|salut ça va
            GREETING|hello
            GREETING|3aslema
            """;

    static Stream<Arguments> golden() {
        return GOLDEN.lines()
                .map(line -> line.split("\\|", 2))
                .map(row -> Arguments.of(Intent.valueOf(row[0]), row[1]));
    }

    @ParameterizedTest(name = "{1} → {0}")
    @MethodSource("golden")
    void recognisesTheGoldenExamples(Intent expected, String text) {
        IntentMatch match = MATCHER.match(text);
        assertThat(match.best()).as(explain(text)).contains(expected);
        assertThat(match.isDanger()).as("no alarm").isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Intent.class, mode = EnumSource.Mode.EXCLUDE, names = "DANGER_NOW")
    void everyIntentHasGoldenExamples(Intent intent) {
        assertThat(golden().filter(row -> row.get()[0] == intent)).hasSizeGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest(name = "{1} → {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "COMPLAINT | comment porter plainnte",
                "COMPLAINT | bghit ndir chikaaya",
                "LEGAL_AID | il me faut un avocta",
                "LEGAL_AID | bghit m7amia",
                "HEALTH | où est l’hopitale",
                "PSYCHOLOGICAL | je cherche une psycologue",
                "SHELTER | is there a sheltr",
                "VIOLENCE_KINDS | violonce conjugale",
                "RIGHTS_LAW | wach 3ndi l7aq",
                "COMPLAINT | والشرطة فين كاينة",
                "COMPLAINT | بغيت نمشي لبوليس",
                "HEALTH | وصلت للمستشفى",
                "COMPLAINT | nmchi lkoumisariya"
            })
    void toleratesTyposAndJoinedWords(Intent expected, String text) {
        assertThat(MATCHER.match(text).best()).as(explain(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "salam, bghit mou7ami | LEGAL_AID",
                "السلام عليكم بغيت ندير شكاية | COMPLAINT",
                "bonjour, quels sont mes droits ? | RIGHTS_LAW",
                "hello, I need a doctor | HEALTH"
            })
    void aGreetingGivesWayToATopic(String text, Intent expected) {
        IntentMatch match = MATCHER.match(text);
        assertThat(match.best()).contains(expected);
        assertThat(match.has(Intent.GREETING)).isTrue();
    }

    @Test
    void commonWordsAreNotTyposOfListedOnes() {
        assertThat(MATCHER.match("right now I am at the market").isUnknown()).isTrue();
        assertThat(MATCHER.match("nheb n3ref 7o9o9i").intents()).containsExactly(Intent.RIGHTS_LAW);
    }

    @Test
    void theMenuWordsCountInShortMessagesAndZeroOnlyAlone() {
        assertThat(MATCHER.match("0").best()).contains(Intent.MENU);
        assertThat(MATCHER.match(" 0 ").best()).contains(Intent.MENU);
        assertThat(MATCHER.match("retour au menu").best()).contains(Intent.MENU);
        assertThat(MATCHER.match("3andi 0 dirham").has(Intent.MENU)).isFalse();
        assertThat(MATCHER.match("il m’a dit de ne jamais revenir à la maison de ma mère")
                        .has(Intent.MENU))
                .isFalse();
    }

    @Test
    void dangerComesFirstWhateverElseIsFound() {
        IntentMatch match = MATCHER.match("salam, rah kaydrebni daba, bghit ndir chikaya");
        assertThat(match.intents()).startsWith(Intent.DANGER_NOW).contains(Intent.COMPLAINT, Intent.GREETING);
        assertThat(match.danger().kinds()).containsExactly(DangerKind.ONGOING_VIOLENCE);
        assertThat(MATCHER.match("menu, je suis en danger").best()).contains(Intent.DANGER_NOW);
    }

    @Test
    void unknownAndEmptyTextsAreUnknown() {
        for (String text : new String[] {null, "", "   ", "?!", "xyzzy plugh", "🙂", "12345"}) {
            IntentMatch match = MATCHER.match(text);
            assertThat(match.isUnknown()).as(String.valueOf(text)).isTrue();
            assertThat(match.isDanger()).isFalse();
        }
    }

    @Test
    void anEnormousMessageIsReadQuicklyAndItsDangerFound() {
        String text = "bgha yqtelni " + "bla ".repeat(1_000) + "x".repeat(100_000);
        long started = System.nanoTime();
        IntentMatch match = MATCHER.match(text);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(match.isDanger()).isTrue();
        assertThat(millis).as("milliseconds").isLessThan(2_000);
    }

    private static String explain(String text) {
        return MATCHER.explain(text).stream()
                .map(h -> h.list().name() + ": " + h.phrase())
                .collect(Collectors.joining("; ", text + " matched ", ""));
    }
}
