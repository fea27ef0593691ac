package vn.chidao.base;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A page of a list as the API returns it: {@code {items, total}}. */
public record PageResult<T>(List<T> items, long total) {

    public static final int MAX_SIZE = 200;

    public static <T> PageResult<T> of(Page<T> page) {
        return new PageResult<>(page.getContent(), page.getTotalElements());
    }

    /** A page request from API parameters; 400 for a negative page or a size outside 1..200. */
    public static Pageable request(int page, int size, Sort sort) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (page < 0) {
            errors.add("page", "error.page");
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add("size", "error.pageSize", MAX_SIZE);
        }
        errors.throwIfAny();
        return PageRequest.of(page, size, sort);
    }
}
