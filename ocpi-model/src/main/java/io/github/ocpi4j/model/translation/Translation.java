package io.github.ocpi4j.model.translation;

/**
 * Translates any OCPI object between the versions ocpi4j models, given the object and the type of its counterpart:
 * the record of the same name and module in the other version's package (or the same version's, which gives back an
 * equal object). {@link V221ToV230} and {@link V230ToV221} offer the same for each object a module exchanges, typed.
 *
 * <pre>{@code
 * Translated<io.github.ocpi4j.model.v230.cdrs.CDR> cdr =
 *         Translation.translate(storedCdr, io.github.ocpi4j.model.v230.cdrs.CDR.class);
 * }</pre>
 *
 * <p>How each difference between the versions is carried, and what is reported lost, is described in the {@link
 * io.github.ocpi4j.model.translation package}. Thread-safe; the work for a pair of types is planned once, on its
 * first translation.
 */
public final class Translation {
    private static final String ROOT = "io.github.ocpi4j.model.";
    private static final String V221 = "v221";
    private static final String V230 = "v230";

    private Translation() {}

    /**
     * Translates an object into the given type of its version or the other one.
     *
     * @param source an OCPI object (a record) of {@code io.github.ocpi4j.model.v221} or {@code ...v230}, including
     *     the PATCH types
     * @param targetType the record of the same name and module in the version to translate into
     * @param <T> the target type
     * @return the translated object and what it could not hold
     * @throws IllegalArgumentException if the types are not counterparts of OCPI 2.2.1 or 2.3.0
     */
    public static <T> Translated<T> translate(Object source, Class<T> targetType) {
        String from = version(source.getClass());
        String to = version(targetType);
        String name = source.getClass().getName().substring(ROOT.length() + from.length());
        if (!targetType.isRecord() || !name.equals(targetType.getName().substring(ROOT.length() + to.length()))) {
            throw new IllegalArgumentException(targetType.getName() + " is not the counterpart of "
                    + source.getClass().getName());
        }
        Translator translator =
                from.equals(to) ? Differences.WITHIN : to.equals(V230) ? Differences.TO_V230 : Differences.TO_V221;
        return translator.translate(source, targetType);
    }

    private static String version(Class<?> type) {
        for (String version : new String[] {V221, V230}) {
            if (type.getName().startsWith(ROOT + version + ".")) {
                return version;
            }
        }
        throw new IllegalArgumentException(type.getName() + " is no object of OCPI 2.2.1 or 2.3.0");
    }
}
