package org.taawun.support.directory;

import java.util.List;

/**
 * What a CSV import did: nothing at all when the file or any row was refused (then the problems say where), else how
 * many services it added and updated.
 *
 * @param file a problem with the file as a whole (encoding, columns, size), or null
 * @param rows every row read, with its problems (none for a good row)
 */
public record ImportReport(FieldProblem file, List<RowReport> rows, boolean saved) {

    /** One row: its line in the file, whether it updates an existing service, and its problems. */
    public record RowReport(long line, boolean update, List<FieldProblem> problems) {

        public RowReport {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public ImportReport {
        rows = List.copyOf(rows);
    }

    static ImportReport refused(FieldProblem file) {
        return new ImportReport(file, List.of(), false);
    }

    public long created() {
        return saved ? rows.stream().filter(r -> !r.update()).count() : 0;
    }

    public long updated() {
        return saved ? rows.stream().filter(RowReport::update).count() : 0;
    }

    public long refusedRows() {
        return rows.stream().filter(r -> !r.ok()).count();
    }

    /** The rows with problems, to show first. */
    public List<RowReport> problemRows() {
        return rows.stream().filter(r -> !r.ok()).toList();
    }
}
