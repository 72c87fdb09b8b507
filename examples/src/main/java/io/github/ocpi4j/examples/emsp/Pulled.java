package io.github.ocpi4j.examples.emsp;

/**
 * What one pull of a CPO's list brought, such as {@link Emsp#pullLocations()}: how many objects, on how many pages.
 *
 * @param objects the objects received, on all pages
 * @param pages the pages fetched
 */
public record Pulled(int objects, int pages) {

    @Override
    public String toString() {
        return objects + (objects == 1 ? " object" : " objects") + " in " + pages + (pages == 1 ? " page" : " pages");
    }
}
