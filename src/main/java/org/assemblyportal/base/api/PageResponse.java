package org.assemblyportal.base.api;

import java.util.List;
import org.springframework.data.domain.Page;

/** One page of a list in the REST API: a stable shape that does not expose Spring Data's. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /**
     * The page a client asked for, within bounds: size from 1 to {@code maxSize}, page from 0 to the
     * last whose first row a database offset (an int) can still address. A page past the end is an
     * empty page, never an overflow and a 500.
     */
    public static org.springframework.data.domain.PageRequest request(int page, int size, int maxSize,
            org.springframework.data.domain.Sort sort) {
        var boundedSize = Math.min(Math.max(size, 1), maxSize);
        var lastPage = Integer.MAX_VALUE / boundedSize - 1;
        return org.springframework.data.domain.PageRequest.of(Math.min(Math.max(page, 0), lastPage), boundedSize, sort);
    }

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}
