package org.taawun.support.directory;

/**
 * A value refused, for a form field or a CSV column: the field's name and the message key (with its arguments).
 *
 * @param field the form field, which is also the CSV column in snake case (see {@link ServiceCsv})
 */
public record FieldProblem(String field, String key, Object... args) {

    public FieldProblem {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
