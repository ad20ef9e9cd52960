package org.taawun.support.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.support.conversation.Flow;

/**
 * The administrator's flow pages: export and import (validated, all or nothing), the tree, editing a node's texts
 * (a new version; a refused edit changes nothing and says why), and nobody else may see them. Edits are made on a
 * copy of the shipped flow under another name, so that the chatbot's flow stays as shipped.
 */
@TaawunTest
class FlowAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FlowStore store;

    RequestPostProcessor admin() {
        return user(fixtures.user("admin@taawun.test"));
    }

    @Test
    void anExportedFlowImportsUnderAnotherNameAndExportsTheSame() throws Exception {
        String exported = mvc.perform(get("/admin/support/flows/support/export").with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("support-v")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Flow flow = FlowJson.read(exported);
        assertThat(flow).isEqualTo(store.active("support").orElseThrow());

        String name = copyName();
        String renamed = FlowJson.write(flow.withName(name));
        mvc.perform(upload(renamed)).andExpect(redirectedUrl("/admin/support/flows"));
        String again = mvc.perform(
                        get("/admin/support/flows/{name}/export", name).with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(FlowJson.read(again)).isEqualTo(flow.withName(name).withVersion(1));
    }

    @Test
    void aBrokenImportSavesNothingAndSaysWhyNodeByNode() throws Exception {
        String name = copyName();
        String broken =
                FlowJson.write(FlowValidatorTest.safetyCases(yes -> yes, no -> FlowValidatorTest.exitTo(no, "nowhere"))
                        .withName(name));
        mvc.perform(upload(broken).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nothing was saved")))
                .andExpect(content().string(Matchers.containsString("leads to a node that does not exist: “nowhere”")))
                .andExpect(content().string(Matchers.containsString("Node safety:")));
        assertThat(store.versions(name)).isEmpty();

        mvc.perform(upload("{ not json").param("lang", "fr"))
                .andExpect(content().string(Matchers.containsString("Le fichier n’est pas un flux JSON valable")));
        mvc.perform(multipart("/admin/support/flows/import")
                        .file(new MockMultipartFile(
                                "file", "f.json", "application/json", new byte[] {(byte) 0xC3, 0x28}))
                        .with(csrf())
                        .with(admin())
                        .param("lang", "fr"))
                .andExpect(content().string(Matchers.containsString("Le fichier n’est pas un flux JSON valable")));
    }

    @Test
    void theTreeShowsNodesTextsExitsAndLoopsAsLinks() throws Exception {
        mvc.perform(get("/admin/support/flows/support").with(admin()).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"node-welcome\"")))
                .andExpect(content().string(Matchers.containsString("Pouvez-vous parler sans danger maintenant")))
                .andExpect(content().string(Matchers.containsString("Choix : Porter plainte")))
                .andExpect(content().string(Matchers.containsString("href=\"#node-menu\"")))
                .andExpect(
                        content()
                                .string(
                                        Matchers.containsString(
                                                "<span class=\"arrow-next\" aria-hidden=\"true\"></span> \u2068menu\u2069 (montré ailleurs)")))
                .andExpect(content().string(Matchers.containsString("[numéros d’urgence de l’annuaire]")));
        mvc.perform(get("/admin/support/flows").with(admin()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/admin/support/flows/support/export")));
    }

    @Test
    void anEditSavesANewVersionAndARefusedEditChangesNothing() throws Exception {
        String name = copyName();
        store.save(FlowValidatorTest.SHIPPED.withName(name), "test");
        mvc.perform(get("/admin/support/flows/{name}/nodes/safety", name)
                        .with(admin())
                        .param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"text.0.fr\"")))
                .andExpect(content().string(Matchers.containsString("name=\"title.1.en\"")));

        mvc.perform(post("/admin/support/flows/{name}/nodes/safety", name)
                        .with(csrf())
                        .with(admin())
                        .param("text.0.fr", "Pouvez-vous parler tranquillement ?")
                        .param("title.0.fr", "Oui, je peux"))
                .andExpect(redirectedUrl("/admin/support/flows/" + name));
        Flow saved = store.active(name).orElseThrow();
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.node("safety").orElseThrow().actions().get(0).text())
                .containsEntry("fr", "Pouvez-vous parler tranquillement ?")
                .containsEntry(
                        "en",
                        FlowValidatorTest.SHIPPED
                                .node("safety")
                                .orElseThrow()
                                .actions()
                                .get(0)
                                .text()
                                .get("en"));
        assertThat(store.versions(name)).hasSize(2);

        mvc.perform(post("/admin/support/flows/{name}/nodes/safety", name)
                        .with(csrf())
                        .with(admin())
                        .param("lang", "fr")
                        .param("text.0.ar", " ")
                        .param("title.1.fr", "Non, pas maintenant, plus tard"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Rien n’a été enregistré")))
                .andExpect(content().string(Matchers.containsString("Le texte « send » manque en ar.")))
                .andExpect(content()
                        .string(Matchers.containsString("Le titre du choix « no » (fr) dépasse 20 caractères.")))
                .andExpect(content().string(Matchers.containsString("Non, pas maintenant, plus tard")));
        assertThat(store.active(name).orElseThrow()).isEqualTo(saved);
        assertThat(store.versions(name)).hasSize(2);
    }

    @Test
    void nobodyButAnAdministratorSeesOrChangesFlows() throws Exception {
        RequestPostProcessor counsellor = user(fixtures.user("counsellor@taawun.test"));
        mvc.perform(get("/admin/support/flows/support").with(counsellor)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/support/flows/support/export").with(user(fixtures.user("customer@taawun.test"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/support/flows/support/nodes/safety")
                        .with(csrf())
                        .with(counsellor)
                        .param("text.0.fr", "changé"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/support/flows")).andExpect(status().is3xxRedirection());
        assertThat(store.active("support")
                        .orElseThrow()
                        .node("safety")
                        .orElseThrow()
                        .actions()
                        .get(0)
                        .text()
                        .get("fr"))
                .isNotEqualTo("changé");
    }

    @Test
    void anUnknownFlowOrNodeIsNotFound() throws Exception {
        mvc.perform(get("/admin/support/flows/no-such-flow").with(admin())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/support/flows/support/nodes/no-such-node").with(admin()))
                .andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(String json) {
        return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder)
                multipart("/admin/support/flows/import")
                        .file(new MockMultipartFile(
                                "file", "flow.json", "application/json", json.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(admin());
    }

    static String copyName() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
