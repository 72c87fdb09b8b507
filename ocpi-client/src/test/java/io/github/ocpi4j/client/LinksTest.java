package io.github.ocpi4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.client.internal.Links;
import org.junit.jupiter.api.Test;

/** The {@code Link} header of paginated responses ({@code [[transport_and_format_pagination_examples]]}). */
class LinksTest {
    private static final String REQUEST = "https://cpo.example.net/ocpi/cpo/2.2.1/cdrs/?offset=100&limit=50";

    @Test
    void readsTheSpecificationsExample() {
        String header = "<https://cpo.example.net/ocpi/cpo/2.2.1/cdrs/?offset=150&limit=50>; rel=\"next\"";

        assertThat(Links.next(header, REQUEST))
                .isEqualTo("https://cpo.example.net/ocpi/cpo/2.2.1/cdrs/?offset=150&limit=50");
    }

    @Test
    void findsNextAmongOtherRelationsWithOrWithoutQuotes() {
        String header = "<https://x.com/a?offset=0>; rel=\"prev\", <https://x.com/a?offset=100>; rel=next";

        assertThat(Links.next(header, REQUEST)).isEqualTo("https://x.com/a?offset=100");
        assertThat(Links.next("<https://x.com/b>; rel=\"prev next\"", REQUEST)).isEqualTo("https://x.com/b");
    }

    @Test
    void resolvesARelativeLink() {
        assertThat(Links.next("</ocpi/cpo/2.2.1/cdrs/?offset=150>; rel=\"next\"", REQUEST))
                .isEqualTo("https://cpo.example.net/ocpi/cpo/2.2.1/cdrs/?offset=150");
    }

    @Test
    void noNextLinkMeansTheLastPage() {
        assertThat(Links.next(null, REQUEST)).isNull();
        assertThat(Links.next("<https://x.com/a>; rel=\"prev\"", REQUEST)).isNull();
        assertThat(Links.next("garbage", REQUEST)).isNull();
    }
}
