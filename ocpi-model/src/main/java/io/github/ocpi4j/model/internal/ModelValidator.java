package io.github.ocpi4j.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.constraints.CountryAndPartyId;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.CurrencyCode;
import io.github.ocpi4j.model.constraints.EvseId;
import io.github.ocpi4j.model.constraints.LanguageCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.constraints.TimeZoneId;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.constraints.UrlSegment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Checks OCPI objects against the constraint annotations on their record components, the rules of their value
 * types (string, CiString, status code) and their {@link CrossFieldRules}, in one walk of the object graph.
 *
 * <p>Each record type is analysed once into a plan (component accessors as method handles, each annotation as a
 * ready check); validation then only runs the plans. Paths are built only for violations. Thread-safe.
 */
public final class ModelValidator {
    private static final ClassValue<RecordPlan> PLANS = new ClassValue<>() {
        @Override
        protected RecordPlan computeValue(Class<?> type) {
            return new RecordPlan(type);
        }
    };

    private ModelValidator() {}

    /** Where violations go as they are found: a path, built only when a violation needs it, and the rule broken. */
    @FunctionalInterface
    public interface Sink {
        /** Takes one violation. */
        void add(Path path, String rule);
    }

    /** Returns every violation of a value (a record, a list, or a leaf), with paths from {@code $}. */
    public static List<Violation> validate(@Nullable Object value) {
        List<Violation> violations = new ArrayList<>();
        validate(value, (path, rule) -> violations.add(new Violation(path.toString(), rule)));
        return violations;
    }

    /** Gives every violation of a value (a record, a list, or a leaf) to a sink, in the order found. */
    public static void validate(@Nullable Object value, Sink out) {
        if (value == null) {
            out.add(Path.ROOT, "required");
        } else {
            checkValue(value, Path.ROOT, out);
        }
    }

    /** Builds the plan of a record type now, failing on an annotation the engine does not know. */
    public static void prepare(Class<? extends Record> type) {
        PLANS.get(type);
    }

    private static void checkValue(Object value, Path path, Sink out) {
        if (value instanceof Record) {
            PLANS.get(value.getClass()).check(value, path, out);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                if (element == null) {
                    out.add(path.element(i), "required: null is not an element");
                } else if (element instanceof Record || element instanceof List<?>) {
                    checkValue(element, path.element(i), out);
                } else {
                    String rule = typeRule(element); // a leaf: its path only when it breaks a rule
                    if (rule != null) {
                        out.add(path.element(i), rule);
                    }
                }
            }
        } else {
            String rule = typeRule(value);
            if (rule != null) {
                out.add(path, rule);
            }
        }
    }

    /** The rules that come with a value's type rather than with a field. */
    private static @Nullable String typeRule(Object value) {
        if (value instanceof String s) {
            return Formats.printable(s);
        }
        if (value instanceof CiString s) {
            return Formats.printableAscii(s);
        }
        if (value instanceof OcpiStatusCode code) {
            return code.isInOcpiRange() ? null : "status code: " + code.code() + " is not in 1000-4999";
        }
        return null;
    }

    /** One check of one annotation: {@code null} when the (non-null) value passes, else the rule broken. */
    @FunctionalInterface
    interface Check {
        @Nullable
        String test(Object value);
    }

    private static final class RecordPlan {
        private final ComponentPlan[] components;

        RecordPlan(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            if (rc == null) {
                throw new IllegalArgumentException(type + " is not a record");
            }
            components = new ComponentPlan[rc.length];
            for (int i = 0; i < rc.length; i++) {
                components[i] = new ComponentPlan(type, rc[i]);
            }
        }

        void check(Object record, Path path, Sink out) {
            for (ComponentPlan c : components) {
                c.check(record, path, out);
            }
            if (record instanceof CrossFieldRules rules) {
                rules.checkCrossFieldRules((field, rule) -> out.add(path.field(field), rule));
            }
        }
    }

    private static final class ComponentPlan {
        private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

        private final String name;
        private final Function<Object, Object> accessor;
        private final boolean patch;
        private final boolean required;
        private final Check[] checks;
        private final Check[] elementChecks;

        ComponentPlan(Class<?> owner, RecordComponent component) {
            Method method = component.getAccessor();
            JsonProperty property = method.getAnnotation(JsonProperty.class);
            name = property != null && !property.value().isEmpty() ? property.value() : component.getName();
            accessor = accessor(owner, component);
            patch = component.getType() == PatchField.class;
            Class<?> valueType = patch ? rawArgument(component.getGenericType()) : component.getType();
            String where = owner.getSimpleName() + "." + component.getName();

            boolean req = false;
            List<Check> list = new ArrayList<>();
            for (Annotation a : method.getAnnotations()) {
                if (a instanceof NotNull) {
                    req = true;
                } else if (a instanceof NotEmpty) {
                    req = true;
                    list.add(sizeCheck(valueType, 1, Integer.MAX_VALUE));
                } else {
                    Check check = constraintCheck(a, valueType, where);
                    if (check != null) {
                        list.add(check);
                    }
                }
            }
            required = req;
            checks = list.toArray(Check[]::new);
            elementChecks = elementChecks(method.getAnnotatedReturnType(), where);
        }

        void check(Object record, Path path, Sink out) {
            Object value = accessor.apply(record);
            if (patch) {
                PatchField<?> field = (PatchField<?>) value;
                if (field == null || field.isAbsent()) {
                    return;
                }
                if (field.isNull()) {
                    if (required) {
                        out.add(path.field(name), "required: a PATCH cannot set it to null");
                    }
                    return;
                }
                value = field.get();
            }
            if (value == null) {
                if (required) {
                    out.add(path.field(name), "required");
                }
                return;
            }
            for (Check check : checks) {
                String rule = check.test(value);
                if (rule != null) {
                    out.add(path.field(name), rule);
                }
            }
            if (elementChecks.length > 0 && value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    Object element = list.get(i);
                    if (element != null) {
                        for (Check check : elementChecks) {
                            String rule = check.test(element);
                            if (rule != null) {
                                out.add(path.field(name).element(i), rule);
                            }
                        }
                    }
                }
            }
            if (value instanceof Record || value instanceof List<?>) {
                checkValue(value, path.field(name), out);
            } else {
                String rule = typeRule(value);
                if (rule != null) {
                    out.add(path.field(name), rule);
                }
            }
        }

        /**
         * The accessor of a component as a function, as {@code Location::id} would be: called for every component of
         * every object validated, it costs less than a method handle kept in a field, which the JIT cannot inline.
         * Where the class cannot be reached that way, the method handle.
         */
        @SuppressWarnings("unchecked")
        private static Function<Object, Object> accessor(Class<?> owner, RecordComponent component) {
            Method method = component.getAccessor();
            MethodHandle handle;
            try {
                handle = MethodHandles.publicLookup().unreflect(method); // what the function is made of, or calls
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + owner.getName() + "." + component.getName(), e);
            }
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                CallSite site = LambdaMetafactory.metafactory(
                        lookup,
                        "apply",
                        MethodType.methodType(Function.class),
                        GETTER,
                        handle,
                        MethodType.methodType(method.getReturnType(), owner));
                return (Function<Object, Object>) site.getTarget().invokeExact();
            } catch (Throwable e) {
                MethodHandle getter = handle.asType(GETTER);
                return record -> {
                    try {
                        return (Object) getter.invokeExact(record);
                    } catch (Throwable t) {
                        throw new IllegalStateException("accessor of " + component.getName() + " failed", t);
                    }
                };
            }
        }

        /** The checks of the type-use annotations on a list's element type: {@code List<@Size(max = 36) CiString>}. */
        private static Check[] elementChecks(AnnotatedType type, String where) {
            if (!(type instanceof AnnotatedParameterizedType parameterized)) {
                return new Check[0];
            }
            AnnotatedType argument = parameterized.getAnnotatedActualTypeArguments()[0];
            Type raw = parameterized.getType() instanceof ParameterizedType p ? p.getRawType() : null;
            if (raw == PatchField.class) {
                return elementChecks(argument, where);
            }
            if (raw != List.class) {
                return new Check[0];
            }
            Class<?> elementType = rawClass(argument.getType());
            List<Check> list = new ArrayList<>();
            for (Annotation a : argument.getAnnotations()) {
                if (a instanceof NotNull) {
                    continue; // elements are never null: checked for every list
                }
                Check check = constraintCheck(a, elementType, where + " element");
                if (check != null) {
                    list.add(check);
                }
            }
            return list.toArray(Check[]::new);
        }
    }

    /** A regex compiled, for a {@code @Pattern} that {@link Formats#handWritten} does not check. */
    private static Predicate<CharSequence> compiled(String regexp) {
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(regexp);
        return value -> regex.matcher(value).matches();
    }

    /** The check of one annotation, {@code null} for annotations that are not constraints. */
    private static @Nullable Check constraintCheck(Annotation a, Class<?> type, String where) {
        if (a instanceof Size size) {
            return sizeCheck(type, size.min(), size.max());
        }
        if (a instanceof Pattern pattern) {
            Predicate<CharSequence> handWritten = Formats.handWritten(pattern.regexp());
            Predicate<CharSequence> matches = handWritten != null ? handWritten : compiled(pattern.regexp());
            return format(value -> matches.test(value)
                    ? null
                    : "format: " + Formats.quote(value) + " does not match " + pattern.regexp());
        }
        if (a instanceof Min min) {
            BigDecimal bound = BigDecimal.valueOf(min.value());
            return value ->
                    compare(value, min.value(), bound) >= 0 ? null : "must be at least " + bound + ", was " + value;
        }
        if (a instanceof Max max) {
            BigDecimal bound = BigDecimal.valueOf(max.value());
            return value ->
                    compare(value, max.value(), bound) <= 0 ? null : "must be at most " + bound + ", was " + value;
        }
        if (a instanceof DecimalMin min) {
            BigDecimal bound = new BigDecimal(min.value());
            return value -> {
                int c = decimal(value).compareTo(bound);
                return c > 0 || (c == 0 && min.inclusive())
                        ? null
                        : "must be " + (min.inclusive() ? "at least " : "more than ") + bound + ", was " + value;
            };
        }
        if (a instanceof DecimalMax max) {
            BigDecimal bound = new BigDecimal(max.value());
            return value -> {
                int c = decimal(value).compareTo(bound);
                return c < 0 || (c == 0 && max.inclusive())
                        ? null
                        : "must be " + (max.inclusive() ? "at most " : "less than ") + bound + ", was " + value;
            };
        }
        if (a instanceof CountryCode code) {
            return format(code.alpha3() ? Formats::countryAlpha3 : Formats::countryAlpha2);
        }
        if (a instanceof PartyId) {
            return format(Formats::partyId);
        }
        if (a instanceof CountryAndPartyId) {
            return format(Formats::countryAndPartyId);
        }
        if (a instanceof CurrencyCode) {
            return format(Formats::currency);
        }
        if (a instanceof LanguageCode) {
            return format(Formats::language);
        }
        if (a instanceof EvseId) {
            return format(Formats::evseId);
        }
        if (a instanceof TimeZoneId) {
            return format(Formats::timeZone);
        }
        if (a instanceof Url) {
            return format(Formats::url);
        }
        if (a instanceof UrlSegment) {
            return format(Formats::urlSegment);
        }
        if (a instanceof Valid) {
            return null; // records are always checked in depth
        }
        String pkg = a.annotationType().getPackageName();
        if (pkg.startsWith("jakarta.validation") || pkg.equals(CountryCode.class.getPackageName())) {
            throw new IllegalStateException(where + ": unsupported constraint " + a);
        }
        return null;
    }

    /**
     * A format check of a string value, which any string field may skip with {@code #NA} when the data cannot be
     * had ({@code [[transport_and_format_not_available]]}).
     */
    private static Check format(Function<CharSequence, @Nullable String> check) {
        return value -> Formats.isNotAvailable((CharSequence) value) ? null : check.apply((CharSequence) value);
    }

    private static Check sizeCheck(Class<?> type, int min, int max) {
        if (List.class.isAssignableFrom(type)) {
            return value -> {
                int n = ((List<?>) value).size();
                if (n < min) {
                    return min == 1
                            ? "cardinality +: at least one element required"
                            : "at least " + min + " elements required, has " + n;
                }
                return n > max ? "at most " + max + " elements allowed, has " + n : null;
            };
        }
        String typeName = type == CiString.class ? "CiString" : "string";
        return value -> {
            int n = ((CharSequence) value).length();
            if (n > max) {
                return typeName + "(" + max + "): " + n + " characters, at most " + max + " allowed";
            }
            if (n < min) {
                return min == 1 ? typeName + ": must not be empty" : typeName + ": at least " + min + " characters";
            }
            return null;
        };
    }

    /** Compares a number with a bound: an Integer or Long as it is, without making a BigDecimal of it. */
    private static int compare(Object value, long bound, BigDecimal decimalBound) {
        if (value instanceof Integer || value instanceof Long) {
            return Long.compare(((Number) value).longValue(), bound);
        }
        return decimal(value).compareTo(decimalBound);
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        return new BigDecimal(value.toString());
    }

    private static Class<?> rawArgument(Type type) {
        return type instanceof ParameterizedType p ? rawClass(p.getActualTypeArguments()[0]) : Object.class;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
