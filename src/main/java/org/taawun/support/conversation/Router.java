package org.taawun.support.conversation;

import java.util.List;
import java.util.Optional;

/**
 * Where a node goes next.
 *
 * <ul>
 *   <li>{@code answer} waits for her answer: a tapped quick reply routes exactly to its case; free text to the first
 *       case whose keywords or {@link org.taawun.support.Intent} it matches. The quick replies offered are the cases
 *       that have a title, in order.
 *   <li>{@code region} waits for her region, offered as a list of her country's regions; {@code city} for her city,
 *       offered from the cities that have services in that region (skipped when there are none). Both go to {@link
 *       #other}.
 *   <li>{@code result} does not wait: it goes on at once to the case whose category is the saved result, else to
 *       {@link #other}.
 * </ul>
 *
 * @param result the name under which the chosen category is saved for the conversation ({@code country}); region
 *     and city routers save {@code region} and {@code city}
 * @param other where an answer goes that no case takes; for an {@code answer} router it may be empty: she is then
 *     told she was not understood and shown the choices again
 */
public record Router(String type, String result, List<Case> cases, String other) {

    public static final String ANSWER = "answer";
    public static final String REGION = "region";
    public static final String CITY = "city";
    public static final String RESULT = "result";
    public static final List<String> TYPES = List.of(ANSWER, REGION, CITY, RESULT);

    public Router {
        cases = cases == null ? List.of() : List.copyOf(cases);
        type = type == null ? ANSWER : type;
    }

    public boolean waits() {
        return !RESULT.equals(type);
    }

    public Optional<Case> caseOf(String category) {
        return cases.stream()
                .filter(c -> c.category() != null && c.category().equals(category))
                .findFirst();
    }

    /** The cases shown as quick replies. */
    public List<Case> choices() {
        return cases.stream().filter(c -> !c.title().isEmpty()).toList();
    }

    public Router withCases(List<Case> changed) {
        return new Router(type, result, changed, other);
    }
}
