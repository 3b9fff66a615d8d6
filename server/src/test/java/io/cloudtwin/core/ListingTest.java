package io.cloudtwin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A listing's four reads, and the two listings made from one: each row as read (map), and no rows (none). */
class ListingTest {
    record Row(String id, int seen) {}

    private static final List<Row> ROWS = List.of(new Row("a", 0), new Row("b", 0), new Row("c", 0));

    private static final Listing<Row> LISTING = Listing.of(
            id -> ROWS.stream().filter(r -> r.id().equals(id)).findFirst()
                    .orElseThrow(() -> new DomainException(DomainError.RESOURCE_NOT_FOUND, id)),
            (last, limit) -> ROWS.stream().filter(r -> last == null || r.id().compareTo(last.id()) > 0).limit(limit)
                    .toList(),
            (offset, limit) -> new Page<>(ROWS.subList(offset, Math.min(ROWS.size(), offset + limit)), ROWS.size()),
            Row::id);

    @Test
    void readsByKeysetAndByPage() {
        assertThat(LISTING.after(null, 2)).extracting(Row::id).containsExactly("a", "b");
        assertThat(LISTING.after(LISTING.get("b"), 5)).extracting(Row::id).containsExactly("c");
        assertThat(LISTING.page(1, 1)).isEqualTo(new Page<>(List.of(new Row("b", 0)), 3));
        assertThat(LISTING.id(ROWS.get(2))).isEqualTo("c");
    }

    @Test
    void aMappedListingShowsEveryRowAsMadeAndSeeksByTheSameIds() {
        Listing<Row> settled = LISTING.map(r -> new Row(r.id(), r.seen() + 1));
        assertThat(settled.get("a")).isEqualTo(new Row("a", 1));
        assertThat(settled.after(new Row("a", 1), 5)).containsExactly(new Row("b", 1), new Row("c", 1));
        assertThat(settled.page(0, 2)).isEqualTo(new Page<>(List.of(new Row("a", 1), new Row("b", 1)), 3));
    }

    @Test
    void noRowsStillReadsItsCursorLikeTheListing() {
        Listing<Row> none = LISTING.none();
        assertThat(none.after(null, 5)).isEmpty();
        assertThat(none.page(0, 5)).isEqualTo(new Page<>(List.of(), 0));
        assertThat(none.get("b")).isEqualTo(new Row("b", 0));
        assertThatThrownBy(() -> none.get("x")).isInstanceOf(DomainException.class);
    }
}
