package se.hoglandet.platform.web;

import org.springframework.data.domain.PageRequest;

/**
 * Page and size as a client gives them, checked before they reach a query: a page from 0, a size from 1 to the
 * endpoint's maximum, and an offset (page × size) that a database query can take — past 2³¹ it cannot.
 */
public final class PagingParameters {

    private PagingParameters() {}

    public static PageRequest pageRequest(int page, int size, int maxSize) {
        if (size < 1 || size > maxSize) {
            throw ApiProblem.badParameter("size", "problem.size", maxSize);
        }
        long lastPage = Integer.MAX_VALUE / size - 1;
        if (page < 0 || page > lastPage) {
            throw ApiProblem.badParameter("page", "problem.page", lastPage);
        }
        return PageRequest.of(page, size);
    }
}
