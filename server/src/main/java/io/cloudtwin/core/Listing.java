package io.cloudtwin.core;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What a list action pages through: the rows of a scope that a filter leaves, in creation order, read by offset (a
 * page and how many match) or by keyset (the rows after one, for a NextToken). A service hands one to its dialects,
 * which choose how to page; each read is a transaction of its own, as separate reads of a listing were before.
 *
 * @param <T> what the listing shows: a kind's row, or a view over it
 */
public interface Listing<T> {
    /** The row a cursor names; else the kind's not-found error. */
    T get(String id);

    /** Up to limit rows after that one (null: from the first). */
    List<T> after(T last, int limit);

    /** One page of the rows, and how many there are. */
    Page<T> page(int offset, int limit);

    /** The id a cursor names the row by. */
    String id(T row);

    /** A listing of these four reads (a view over rows, a listing that narrows otherwise). */
    static <T> Listing<T> of(Function<String, T> get, BiFunction<T, Integer, List<T>> after,
                             BiFunction<Integer, Integer, Page<T>> page, Function<T, String> id) {
        return new Listing<>() {
            @Override public T get(String id) { return get.apply(id); }
            @Override public List<T> after(T last, int limit) { return after.apply(last, limit); }
            @Override public Page<T> page(int offset, int limit) { return page.apply(offset, limit); }
            @Override public String id(T row) { return id.apply(row); }
        };
    }

    /**
     * Rows read already, in their order (a view a dialect builds over several kinds): a cursor names one by its id,
     * else missing answers the error.
     */
    static <T> Listing<T> of(List<T> rows, Function<T, String> id, Function<String, RuntimeException> missing) {
        return of(name -> rows.stream().filter(r -> id.apply(r).equals(name)).findFirst()
                        .orElseThrow(() -> missing.apply(name)),
                (last, limit) -> {
                    int from = last == null ? 0 : rows.indexOf(last) + 1;
                    return rows.subList(Math.min(from, rows.size()), Math.min(from + limit, rows.size()));
                },
                (offset, limit) -> new Page<>(rows.subList(Math.min(offset, rows.size()),
                        Math.min(offset + limit, rows.size())), rows.size()),
                id);
    }

    /** No rows, a cursor still read as this listing reads it: a filter that no row can pass. */
    default Listing<T> none() {
        return of(this::get, (last, limit) -> List.of(), (offset, limit) -> new Page<>(List.of(), 0), this::id);
    }

    /** The same rows, each as it stands when read (a disk's state settled at that moment). */
    default Listing<T> map(UnaryOperator<T> at) {
        return of(id -> at.apply(get(id)), (last, limit) -> after(last, limit).stream().map(at).toList(),
                (offset, limit) -> {
                    Page<T> p = page(offset, limit);
                    return new Page<>(p.items().stream().map(at).toList(), p.total());
                }, this::id);
    }
}
