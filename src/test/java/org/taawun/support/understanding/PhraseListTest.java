package org.taawun.support.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The phrase list format, and how phrases are found in a message. */
class PhraseListTest {

    @Test
    void readsDirectivesWholePhrasesStemsAndDropsRepeats() {
        PhraseList list = PhraseList.parse(
                "test",
                List.of(
                        "# comment",
                        "@max-words 4",
                        "@weight 0.5",
                        "= 0",
                        "L’hôpital",
                        "l hopital",
                        "violen*",
                        "",
                        "kaydrebni daba"));
        assertThat(list.maxWords()).isEqualTo(4);
        assertThat(list.weight()).isEqualTo(0.5);
        assertThat(list.phrases())
                .extracting(Phrase::key)
                .containsExactly("= 0", "l hopital", "violen*", "kaydrebni daba");
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> PhraseList.parse("t", List.of("@colour red"))).hasMessageContaining("line 1");
        assertThatThrownBy(() -> PhraseList.parse("t", List.of("ok", "ab*"))).hasMessageContaining("line 2");
        assertThatThrownBy(() -> PhraseList.parse("t", List.of("?!"))).hasMessageContaining("nothing left");
        assertThatThrownBy(() -> PhraseList.read("support/understanding/none.txt"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void findsPhrasesInOrderWithOneWordBetweenAtMost() {
        PhraseIndex index = new PhraseIndex(List.of(PhraseList.parse("t", List.of("il va me tuer"))));
        assertThat(index.find(TextNormaliser.tokens("il va me tuer")))
                .singleElement()
                .satisfies(hit -> {
                    assertThat(hit.score()).isEqualTo(4);
                    assertThat(hit.typos()).isZero();
                });
        assertThat(index.find(TextNormaliser.tokens("il va vraiment me tuer")))
                .singleElement()
                .satisfies(hit -> assertThat(hit.score()).isEqualTo(3.75));
        assertThat(index.find(TextNormaliser.tokens("il va vraiment bientôt me tuer")))
                .isEmpty();
        assertThat(index.find(TextNormaliser.tokens("me tuer il va"))).isEmpty();
    }

    @Test
    void joinedArticlesAndPrepositionsAreReadThrough() {
        PhraseIndex index = new PhraseIndex(List.of(PhraseList.parse("t", List.of("الشرطة", "lboulis", "يضربني"))));
        for (String text : List.of("للشرطة", "والشرطة", "شرطة", "boulis", "f lboulis", "كيضربني")) {
            assertThat(index.find(TextNormaliser.tokens(text))).as(text).hasSize(1);
        }
    }

    @Test
    void typosAreCountedAndAWordOfTheListsIsNeverATypo() {
        PhraseIndex index = new PhraseIndex(
                List.of(PhraseList.parse("a", List.of("kaydrebni")), PhraseList.parse("b", List.of("kayderni"))));
        assertThat(index.find(TextNormaliser.tokens("kaydarbni")))
                .extracting(hit -> hit.list().name() + hit.typos())
                .containsExactlyInAnyOrder("a1", "b1");
        assertThat(index.find(TextNormaliser.tokens("kayderni")))
                .extracting(hit -> hit.list().name())
                .containsExactly("b");
    }
}
