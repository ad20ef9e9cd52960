package org.taawun.support.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.taawun.cooperative.Country;
import org.taawun.support.ServiceDirectory;
import org.taawun.support.ServiceKind;
import org.taawun.support.SupportFixtures;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ChatInput;
import org.taawun.support.chat.ChatPushed;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.Chatbot;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.ConversationStarted;
import org.taawun.support.chat.HandoffClosed;
import org.taawun.support.chat.QuickReply;
import org.taawun.support.chat.TopicReached;
import org.taawun.support.directory.ServiceForm;

/**
 * What the engine does wherever she is: danger answers at once, the menu word brings the menu back, the counsellor
 * gets what she writes during a hand-off, bad input changes nothing, and the statistics events carry no person.
 */
@EngineTest
class EngineBehaviourTest {

    /** The first steps of a French conversation in Morocco, up to the list of regions. */
    static final List<UnaryOperator<Chat>> STEPS = List.of(
            chat -> chat.write("Bonjour"),
            chat -> chat.tap("Français"),
            chat -> chat.tap("Oui"),
            chat -> chat.tap("Maroc"),
            chat -> chat.tap("Porter plainte"),
            chat -> chat.tap("Services près de moi"));

    @Autowired
    Chatbot bot;

    @Autowired
    RecordingHandoffs handoffs;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    SupportFixtures services;

    @Autowired
    ServiceDirectory directory;

    static Stream<Arguments> dangerPhrasesAtEachStep() {
        List<String> phrases = List.of("il va me tuer", "ghadi y9telni", "بغا يقتلني", "he is hitting me now");
        return IntStream.rangeClosed(0, STEPS.size())
                .mapToObj(step -> Arguments.of(step, phrases.get(step % phrases.size())));
    }

    @ParameterizedTest(name = "after {0} steps: {1}")
    @MethodSource("dangerPhrasesAtEachStep")
    void dangerAnswersAtOnceWhereverSheIs(int steps, String phrase) {
        Chat chat = after(steps);
        chat.write(phrase)
                .says("Vous n’êtes pas seule", "Police (Sûreté nationale) — 19", "— 8350", "— 177", "— 15")
                .saysNot("1899", "— 197");
        if (steps < 4) {
            // Her country is not chosen yet: Morocco's numbers first, Tunisia's on request.
            chat.offers("Parler à quelqu’un", "Services près de moi", "Je suis en sécurité", "Numéros : Tunisie");
            chat.tap("Numéros : Tunisie")
                    .says("— 1899", "— 197")
                    .saysNot("8350")
                    .offers("Parler à quelqu’un", "Services près de moi", "Je suis en sécurité");
        } else {
            chat.offers("Parler à quelqu’un", "Services près de moi", "Je suis en sécurité");
        }
        assertThat(events.stream(TopicReached.class).filter(t -> t.topic().equals("DANGER_NOW")))
                .hasSize(1);
        chat.tap("Parler à quelqu’un").says("J’ai demandé une écoutante");
        assertThat(handoffs.dangerOf.get(chat.key)).isTrue();
    }

    @ParameterizedTest(name = "after {0} steps")
    @MethodSource("steps")
    void theMenuWordBringsTheMenuBackWhereverSheIs(int steps) {
        String word = List.of("menu", "0", "قائمة", "Menu !").get(steps % 4);
        after(steps).write(word).says("Comment puis-je vous aider ?").offersAlso("Je suis en danger", "Porter plainte");
    }

    static IntStream steps() {
        return IntStream.rangeClosed(1, STEPS.size());
    }

    @Test
    void duringAHandOffWhatSheWritesGoesToTheCounsellorAndTheBotStaysQuiet() {
        Chat chat = after(4).tap("Aide juridique").tap("Parler à quelqu’un").tap("Oui");
        chat.says("J’ai demandé une écoutante");
        assertThat(handoffs.isOpen(chat.key)).isTrue();
        assertThat(handoffs.topicOf.get(chat.key)).isEqualTo("COUNSELLOR");
        assertThat(handoffs.dangerOf.get(chat.key)).isFalse();

        chat.write("j’ai peur de rentrer ce soir").says("Votre message est bien arrivé");
        chat.write("il garde mes papiers");
        assertThat(chat.reply().isEmpty()).isTrue();
        chat.write("il va me tuer").says("Vous n’êtes pas seule", "— 19");
        assertThat(handoffs.written.get(chat.key))
                .containsExactly("j’ai peur de rentrer ce soir", "il garde mes papiers", "il va me tuer");

        handoffs.close(chat.key);
        publisher.publishEvent(new HandoffClosed(chat.key, "fr"));
        ChatPushed pushed = events.stream(ChatPushed.class)
                .filter(p -> p.key().equals(chat.key))
                .findFirst()
                .orElseThrow();
        assertThat(pushed.reply().messages())
                .first()
                .isEqualTo("L’écoutante a terminé la conversation. Je suis toujours là si vous avez besoin de quelque"
                        + " chose.");
        assertThat(pushed.reply().messages()).anyMatch(m -> m.contains("Comment puis-je vous aider ?"));
        assertThat(pushed.reply().quickReplies()).hasSize(12);

        chat.write("je veux porter plainte").says("vous n’avez pas à le faire seule");
        assertThat(handoffs.written.get(chat.key)).isNull();
    }

    @Test
    void onlyCheckedNumbersReachHerChat() {
        assertThat(directory.nationalNumbers(Country.MA))
                .as("the demo's number to be verified is in the administrator's directory")
                .anyMatch(s -> s.phone().equals("141") && s.example());
        Chat danger = new Chat(bot, "fr").write("il va me tuer");
        danger.says("— 8350").saysNot("141", "exemple", "vérifier");

        String city = SupportFixtures.uniqueCity();
        services.add(
                SupportFixtures.local(ServiceKind.COURT_CELL, "MA", "MA-10", city, "0528 00 02 11", "Cellule " + city));
        ServiceForm checked =
                SupportFixtures.local(ServiceKind.COURT_CELL, "MA", "MA-10", city, "0528 00 02 12", "Exemple " + city);
        services.add(new ServiceForm(
                checked.kind(),
                checked.nameAr(),
                checked.nameFr(),
                checked.phone(),
                checked.address(),
                checked.city(),
                checked.country(),
                checked.regionCode(),
                checked.hours(),
                checked.free(),
                checked.languages(),
                checked.latitude(),
                checked.longitude(),
                checked.national(),
                true));
        after(6).write("guelmim")
                .write(city)
                .says("Cellule " + city + " — +212528000211")
                .saysNot("Exemple " + city, "+212528000212", "141");
    }

    @Test
    void herCountrysNumbersComeFirstAndTheOtherCountrysOnRequest() {
        ConversationKey key =
                new ConversationKey(ChatChannel.WEB, java.util.UUID.randomUUID().toString());
        ChatReply guessed = bot.handle(key, ChatInput.text("il va me tuer"), "fr", "TN");
        assertThat(String.join("\n", guessed.messages()))
                .as("the country of the request (Accept-Language fr-TN) first")
                .contains("Tunisie", "— 1899", "— 197")
                .doesNotContain("8350");
        QuickReply morocco = guessed.quickReplies().stream()
                .filter(q -> q.title().equals("Numéros : Maroc"))
                .findFirst()
                .orElseThrow();
        ChatReply asked = bot.handle(key, new ChatInput(morocco.title(), morocco.payload()), "fr", "TN");
        assertThat(String.join("\n", asked.messages()))
                .contains("— 8350", "— 19")
                .doesNotContain("1899");
        assertThat(asked.quickReplies()).extracting(QuickReply::title).contains("Parler à quelqu’un");

        // Her own choice wins over the request's country, and then the other country is not offered.
        Chat chat = after(4).write("il va me tuer").says("— 8350").saysNot("1899");
        assertThat(chat.titles()).doesNotContain("Numéros : Tunisie");
    }

    @Test
    void servicesNearHerComeFromTheDirectoryForTheTopicWhereSheChose() {
        String city = SupportFixtures.uniqueCity();
        services.add(
                SupportFixtures.local(ServiceKind.COURT_CELL, "MA", "MA-10", city, "0528 00 01 11", "Cellule " + city));
        services.add(SupportFixtures.local(ServiceKind.SHELTER, "MA", "MA-10", city, "0528 00 01 12", "Foyer " + city));
        Chat chat = after(6).write("guelmim").says("Choisissez votre ville").offersAlso("Toute la région");
        chat.write(city)
                .says("Près de chez vous (" + city + ")", "Cellule " + city + " — +212528000111", "— 177")
                .saysNot("Foyer " + city)
                .offers("Parler à quelqu’un", "Autre région", "Menu");
        assertThat(events.stream(TopicReached.class))
                .containsExactly(new TopicReached(ChatChannel.WEB, "fr", "COMPLAINT", null));

        chat.write("0").tap("Aide juridique");
        assertThat(events.stream(TopicReached.class))
                .contains(new TopicReached(ChatChannel.WEB, "fr", "LEGAL_AID", "MA-10"));
        chat.tap("Services près de moi")
                .write("dakhla")
                .says("Aucun service n’est encore enregistré près de chez vous" + " (Dakhla-Oued Ed-Dahab)");
    }

    @Test
    void aConversationStartsOnceAndHerLanguageChoiceWins() {
        Chat chat = new Chat(bot, "fr").write("salut").tap("English");
        chat.says("Can you talk safely now?");
        assertThat(chat.reply().language()).isEqualTo("en");
        chat.write("yes").says("Which country are you in?");
        assertThat(events.stream(ConversationStarted.class))
                .containsExactly(new ConversationStarted(ChatChannel.WEB, "fr"));
    }

    @Test
    void anAnswerNotUnderstoodShowsTheChoicesAgainAndChangesNothing() {
        Chat chat = after(2).says("Pouvez-vous parler sans danger");
        chat.write("banane").says("Pardon, je n’ai pas compris.").offers("Oui", "Non");
        chat.tap("Oui").says("Dans quel pays êtes-vous ?");
    }

    static Stream<ChatInput> badInputs() {
        return Stream.of(
                null,
                ChatInput.text(""),
                ChatInput.text("   \n\t "),
                ChatInput.text("\u0000\u0007\uFFFD"),
                ChatInput.text("\uD800\uDC00\uD800"),
                ChatInput.text("a".repeat(200_000)),
                ChatInput.payload("no-colon"),
                ChatInput.payload("safety:maybe"),
                ChatInput.payload("no-such-node:yes"),
                ChatInput.payload(":"),
                ChatInput.payload("x".repeat(10_000)),
                new ChatInput("Oui", "menu:doesnotexist"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputGetsASafeAnswerAndChangesNothing(ChatInput input) {
        Chat chat = after(2);
        chat.send(input).offers("Oui", "Non");
        assertThat(chat.text()).containsAnyOf("Pardon, je n’ai pas compris.", "Je n’ai reçu aucun message.");
        chat.tap("Oui").says("Dans quel pays êtes-vous ?");
    }

    @Test
    void aButtonTappedUnderAnEarlierMessageRoutesFromThere() {
        Chat chat = after(4);
        chat.send(new ChatInput("Tunisie", "country:TN")).says("Comment puis-je vous aider ?");
        chat.tap("Mes droits, la loi").says("En Tunisie").saysNot("Au Maroc");
    }

    private Chat after(int steps) {
        Chat chat = new Chat(bot, "fr");
        STEPS.subList(0, steps).forEach(step -> step.apply(chat));
        return chat;
    }
}
