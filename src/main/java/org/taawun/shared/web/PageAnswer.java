package org.taawun.shared.web;

import java.util.List;
import org.springframework.data.domain.Page;

/** The list shape of the API: {@code {"items":[...],"page":0,"size":20,"total":N}}. */
public record PageAnswer<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public static <T> PageAnswer<T> of(Page<T> page) {
        return new PageAnswer<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
    }

    public static void requireValid(int page, int size) {
        if (page < 0) {
            throw new InvalidFieldException("page", "shared.validation.page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidFieldException("size", "shared.validation.size", MAX_SIZE);
        }
    }
}
