package org.taawun.cooperative.domain;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.cooperative.CooperativeStatus;
import org.taawun.cooperative.CooperativeSuspended;
import org.taawun.cooperative.CooperativeVerified;
import org.taawun.identity.AccessGuard;
import org.taawun.identity.Accounts;
import org.taawun.notification.NotificationRequested;
import org.taawun.shared.TaawunProperties;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.PhoneNumbers;
import org.taawun.shared.web.ProblemException;

/** Applications, their review by an administrator, and suspension. */
@Service
public class RegistryService {

    private final CooperativeRepository cooperatives;
    private final Regions regions;
    private final Accounts accounts;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final TaawunProperties properties;

    RegistryService(
            CooperativeRepository cooperatives,
            Regions regions,
            Accounts accounts,
            AccessGuard guard,
            ApplicationEventPublisher events,
            TaawunProperties properties) {
        this.cooperatives = cooperatives;
        this.regions = regions;
        this.accounts = accounts;
        this.guard = guard;
        this.events = events;
        this.properties = properties;
    }

    /** Records an application (status PENDING) after checking what the form alone cannot check. */
    @Transactional
    public UUID apply(Application application, Locale locale) {
        if (!application.hasName()) {
            throw new InvalidFieldException(Application.NAME_FIELD, Application.NAME_REQUIRED);
        }
        if (!regions.belongsTo(application.regionCode(), application.country())) {
            throw new InvalidFieldException("regionCode", "cooperative.error.region");
        }
        if (application.foundingYear() > Year.now().getValue()) {
            throw new InvalidFieldException("foundingYear", "cooperative.error.founding-year");
        }
        String phone = PhoneNumbers.normalise(
                        application.contactPhone(), application.country().name())
                .orElseThrow(() -> new InvalidFieldException("contactPhone", "shared.validation.phone"));
        Cooperative cooperative =
                new Cooperative(application, freeSlug(Slugs.fromName(slugSource(application))), phone, locale);
        cooperatives.save(cooperative);
        events.publishEvent(NotificationRequested.email(
                cooperative.applicantEmail(),
                locale,
                "cooperative.mail.received.subject",
                "cooperative.mail.received.body",
                cooperative.applicantName(),
                cooperative.displayName(locale.getLanguage())));
        return cooperative.id();
    }

    /** How many cooperatives have this status (administrators only). */
    @Transactional(readOnly = true)
    public long count(CooperativeStatus status) {
        guard.requireAdmin();
        return cooperatives.countByStatus(status);
    }

    /** Cooperatives of one status, newest application first (administrators only). */
    @Transactional(readOnly = true)
    public Page<RegistryEntry> withStatus(CooperativeStatus status, Pageable pageable) {
        guard.requireAdmin();
        return cooperatives.findByStatusOrderByAppliedAtDesc(status, pageable).map(RegistryEntry::of);
    }

    /** One cooperative, whatever its status, for an administrator's review (404 when there is none). */
    @Transactional(readOnly = true)
    public RegistryEntry forReview(UUID id) {
        guard.requireAdmin();
        return cooperatives
                .findById(id)
                .map(RegistryEntry::of)
                .orElseThrow(() -> ProblemException.notFound("cooperative-not-found", "cooperative.error.not-found"));
    }

    /** The cooperatives the signed-in manager acts for, by name (none for anyone else). */
    @Transactional(readOnly = true)
    public List<RegistryEntry> mine() {
        return guard.currentUser()
                .map(u -> cooperatives.findByIdInOrderByNameFr(accounts.cooperativesOf(u.id())).stream()
                        .map(RegistryEntry::of)
                        .toList())
                .orElse(List.of());
    }

    /** Verifies a pending application: the cooperative goes public and its applicant becomes its manager. */
    @Transactional
    public void verify(UUID id) {
        guard.requireAdmin();
        Cooperative cooperative = find(id);
        cooperative.verify();
        Locale locale = cooperative.applicantLocale();
        accounts.appointManager(
                cooperative.id(),
                cooperative.displayName(locale.getLanguage()),
                cooperative.applicantEmail(),
                cooperative.applicantName(),
                locale);
        events.publishEvent(new CooperativeVerified(cooperative.id()));
    }

    @Transactional
    public void reject(UUID id, String reason) {
        guard.requireAdmin();
        Cooperative cooperative = find(id);
        cooperative.reject(requireReason(reason));
        Locale locale = cooperative.applicantLocale();
        events.publishEvent(NotificationRequested.email(
                cooperative.applicantEmail(),
                locale,
                "cooperative.mail.rejected.subject",
                "cooperative.mail.rejected.body",
                cooperative.applicantName(),
                cooperative.displayName(locale.getLanguage()),
                cooperative.rejectionReason(),
                properties.baseUrl() + "/apply"));
    }

    @Transactional
    public void suspend(UUID id, String reason) {
        guard.requireAdmin();
        Cooperative cooperative = find(id);
        cooperative.suspend(requireReason(reason));
        Locale locale = cooperative.applicantLocale();
        events.publishEvent(NotificationRequested.email(
                cooperative.applicantEmail(),
                locale,
                "cooperative.mail.suspended.subject",
                "cooperative.mail.suspended.body",
                cooperative.applicantName(),
                cooperative.displayName(locale.getLanguage()),
                cooperative.rejectionReason()));
        events.publishEvent(new CooperativeSuspended(cooperative.id()));
    }

    @Transactional
    public void reinstate(UUID id) {
        guard.requireAdmin();
        find(id).reinstate();
        events.publishEvent(new CooperativeVerified(id));
    }

    /** An administrator gives the management of a cooperative to another person (invited if new). */
    @Transactional
    public void appointManager(UUID id, String email, String name, Locale locale) {
        guard.requireAdmin();
        Cooperative cooperative = find(id);
        accounts.appointManager(id, cooperative.displayName(locale.getLanguage()), email, name, locale);
    }

    @Transactional
    public void removeManager(UUID id, UUID accountId) {
        guard.requireAdmin();
        accounts.removeManager(find(id).id(), accountId);
    }

    private Cooperative find(UUID id) {
        return cooperatives
                .findById(id)
                .orElseThrow(() -> ProblemException.notFound("cooperative-not-found", "cooperative.error.not-found"));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "shared.validation.required");
        }
        if (reason.length() > 1000) {
            throw new InvalidFieldException("reason", "shared.validation.too-long");
        }
        return reason;
    }

    /** The storefront address comes from the French name, else (Latin letters only) from the Arabic one. */
    private static String slugSource(Application application) {
        return application.nameFr() != null && !application.nameFr().isBlank()
                ? application.nameFr()
                : application.nameAr();
    }

    private String freeSlug(String base) {
        String slug = base;
        for (int i = 2; cooperatives.existsBySlug(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }
}
