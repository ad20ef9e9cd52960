package org.taawun.support.directory;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.AccessGuard;
import org.taawun.shared.web.ProblemException;
import org.taawun.support.ServiceKind;
import org.taawun.support.SupportService;

/**
 * The administrator's changes to the directory: one service through the form, many through a CSV import that saves
 * all its rows or none. Every method is for administrators only (403 otherwise, nothing changed).
 */
@Service
public class DirectoryAdmin {

    private final ListedServiceRepository services;
    private final ServiceChecks checks;
    private final AccessGuard guard;

    DirectoryAdmin(ListedServiceRepository services, ServiceChecks checks, AccessGuard guard) {
        this.services = services;
        this.checks = checks;
        this.guard = guard;
    }

    /** The filters of the administrator's list; null or blank means any. */
    public record Filter(String country, String regionCode, ServiceKind kind, String city) {}

    @Transactional(readOnly = true)
    public Page<SupportService> list(Filter filter, int page, int size) {
        guard.requireAdmin();
        Sort order = Sort.by(
                Sort.Order.asc("country"),
                Sort.Order.desc("national"),
                Sort.Order.asc("regionCode"),
                Sort.Order.asc("city"),
                Sort.Order.asc("kind"),
                Sort.Order.asc("nameFr"));
        return services.findAll(matching(filter), PageRequest.of(Math.max(0, page), size, order))
                .map(ListedService::view);
    }

    @Transactional(readOnly = true)
    public SupportService get(UUID id) {
        guard.requireAdmin();
        return find(id).view();
    }

    /** Adds a service; the problems found, if any, and then nothing is saved. */
    @Transactional
    public Outcome create(ServiceForm form) {
        guard.requireAdmin();
        ServiceChecks.Result result = checks.check(form);
        if (!result.ok()) {
            return Outcome.refused(result.problems());
        }
        return Outcome.saved(services.save(new ListedService(result.data())).id());
    }

    @Transactional
    public Outcome update(UUID id, ServiceForm form) {
        guard.requireAdmin();
        ListedService service = find(id);
        ServiceChecks.Result result = checks.check(form);
        if (!result.ok()) {
            return Outcome.refused(result.problems());
        }
        service.apply(result.data());
        return Outcome.saved(id);
    }

    @Transactional
    public void delete(UUID id) {
        guard.requireAdmin();
        services.delete(find(id));
    }

    /** Reads a CSV file; saves every row when all are good, none otherwise. */
    @Transactional
    public ImportReport importCsv(byte[] file) {
        guard.requireAdmin();
        List<ServiceCsv.Row> rows;
        try {
            rows = ServiceCsv.read(file);
        } catch (ServiceCsv.Unreadable e) {
            return ImportReport.refused(e.problem());
        }
        List<ImportReport.RowReport> reports = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        for (ServiceCsv.Row row : rows) {
            List<FieldProblem> problems = new ArrayList<>();
            Optional<ListedService> existing = existing(row.id(), problems);
            ServiceChecks.Result result = checks.check(row.form());
            problems.addAll(result.problems());
            reports.add(new ImportReport.RowReport(row.line(), existing.isPresent(), problems));
            if (problems.isEmpty()) {
                writes.add(existing.<Runnable>map(s -> () -> s.apply(result.data()))
                        .orElse(() -> services.save(new ListedService(result.data()))));
            }
        }
        boolean allGood = reports.stream().allMatch(ImportReport.RowReport::ok);
        if (allGood) {
            writes.forEach(Runnable::run);
        }
        return new ImportReport(null, reports, allGood);
    }

    /** The CSV template offered for download. */
    public String template() {
        guard.requireAdmin();
        return ServiceCsv.template();
    }

    private Optional<ListedService> existing(String id, List<FieldProblem> problems) {
        String text = ServiceChecks.blankToNull(id);
        if (text == null) {
            return Optional.empty();
        }
        try {
            Optional<ListedService> found = services.findById(UUID.fromString(text));
            if (found.isEmpty()) {
                problems.add(new FieldProblem("id", "support.error.unknown-id"));
            }
            return found;
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("id", "support.error.unknown-id"));
            return Optional.empty();
        }
    }

    private ListedService find(UUID id) {
        return services.findById(id)
                .orElseThrow(() -> ProblemException.notFound("service-not-found", "support.error.not-found"));
    }

    private static Specification<ListedService> matching(Filter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.country() != null && !filter.country().isBlank()) {
                where.add(cb.equal(root.get("country"), filter.country()));
            }
            if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
                where.add(cb.equal(root.get("regionCode"), filter.regionCode()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.city() != null && !filter.city().isBlank()) {
                where.add(cb.equal(
                        cb.lower(root.get("city")),
                        ListedService.cleanCity(filter.city()).toLowerCase(Locale.ROOT)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** A save's result: the service's id, or the problems that stopped it. */
    public record Outcome(UUID id, List<FieldProblem> problems) {

        static Outcome saved(UUID id) {
            return new Outcome(id, List.of());
        }

        static Outcome refused(List<FieldProblem> problems) {
            return new Outcome(null, problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
