package org.taawun.cooperative.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeView;
import org.taawun.cooperative.domain.Profile;
import org.taawun.cooperative.domain.ProfileService;
import org.taawun.identity.ActsFor;
import org.taawun.shared.web.PageAnswer;
import org.taawun.shared.web.ProblemException;

/** The registry's public reads, and the profile write of a cooperative's manager. */
@RestController
@RequestMapping("/api/v1/cooperatives")
class CooperativeApiController {

    /** A cooperative as the public API shows it. */
    record CooperativeJson(
            UUID id,
            String slug,
            String nameAr,
            String nameFr,
            String country,
            String region,
            String legalForm,
            int foundingYear,
            int members,
            String currency,
            String storyAr,
            String storyFr,
            String storyEn,
            String logoUrl,
            List<CooperativeView.Certification> certifications) {

        static CooperativeJson of(CooperativeView c) {
            return new CooperativeJson(
                    c.id(),
                    c.slug(),
                    c.nameAr(),
                    c.nameFr(),
                    c.country().name(),
                    c.regionCode(),
                    c.legalForm().name(),
                    c.foundingYear(),
                    c.members(),
                    c.currency(),
                    c.storyAr(),
                    c.storyFr(),
                    c.storyEn(),
                    c.logo() == null ? null : "/media/" + c.logo(),
                    c.certifications());
        }
    }

    private final CooperativeDirectory directory;
    private final ProfileService profiles;

    CooperativeApiController(CooperativeDirectory directory, ProfileService profiles) {
        this.directory = directory;
        this.profiles = profiles;
    }

    @GetMapping
    PageAnswer<CooperativeJson> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageAnswer.requireValid(page, size);
        Page<CooperativeView> result = directory.listPublic(page, size);
        return PageAnswer.of(result.map(CooperativeJson::of));
    }

    @GetMapping("/{id}")
    CooperativeJson one(@PathVariable UUID id) {
        return directory
                .findPublic(id)
                .map(CooperativeJson::of)
                .orElseThrow(() -> ProblemException.notFound("cooperative-not-found", "cooperative.error.not-found"));
    }

    @ActsFor("id")
    @PutMapping("/{id}/profile")
    CooperativeJson editProfile(@PathVariable UUID id, @Valid @RequestBody Profile profile) {
        profiles.edit(id, profile);
        return directory.find(id).map(CooperativeJson::of).orElseThrow();
    }
}
