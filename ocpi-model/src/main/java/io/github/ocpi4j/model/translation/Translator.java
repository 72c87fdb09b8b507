package io.github.ocpi4j.model.translation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OpenEnum;
import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.internal.Jackson;
import io.github.ocpi4j.model.internal.Path;
import io.github.ocpi4j.model.internal.ReadProblems;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The one mechanism behind every translation: the source object is written to a JSON tree by the codec, the
 * declared {@link Difference}s of each pair of record types rewrite their nodes, every field the target type does not
 * have is taken out and reported, every value of a closed enumeration the target cannot hold is replaced by its
 * declared {@link Substitute} or taken out and reported, and the target type is read from the tree.
 *
 * <p>What to do for a pair of types is worked out once, from the record components of both, into a {@link Plan}
 * that is cached; building it fails when the two types differ in a way no declared difference covers (a field of
 * another kind, or a field the target requires and nothing provides), so that a new difference between versions
 * cannot pass unnoticed. Subtrees whose types are the same in both versions are not visited at all. Thread-safe.
 */
final class Translator {
    private static final JsonMapper MAPPER = mapper();
    private static final int SHOWN = 80;

    private final String target;
    private final Map<List<Class<?>>, List<Difference>> differences = new HashMap<>();
    private final Map<Class<?>, Map<String, Substitute>> substitutes = new HashMap<>();
    private final Map<List<Class<?>>, Plan> plans = new ConcurrentHashMap<>();
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    /**
     * Creates the translator into one version.
     *
     * @param target the version translated into, as messages name it: {@code OCPI 2.3.0}
     * @param differences the declared differences between record types of the two versions
     * @param substitutes the declared replacements of closed-enumeration values the target lacks
     */
    Translator(String target, List<Difference> differences, List<Substitute> substitutes) {
        this.target = target;
        for (Difference d : differences) {
            this.differences
                    .computeIfAbsent(List.of(d.source(), d.target()), k -> new ArrayList<>())
                    .add(d);
        }
        for (Substitute s : substitutes) {
            this.substitutes.computeIfAbsent(s.type(), k -> new HashMap<>()).put(s.value(), s);
        }
    }

    /** Translates an object into the target type, which must be the matching record type of the target version. */
    <T> Translated<T> translate(Object source, Class<T> targetType) {
        Plan plan = plan(source.getClass(), targetType);
        JsonNode tree = MAPPER.valueToTree(source);
        Losses losses = new Losses();
        if (!plan.trivial) {
            walk((ObjectNode) tree, plan, Path.ROOT, losses);
        }
        return new Translated<>(read(tree, targetType), losses.list());
    }

    /** Builds the plan of a pair now, failing as {@link #translate} would on an undeclared difference. */
    void prepare(Class<?> sourceType, Class<?> targetType) {
        plan(sourceType, targetType);
    }

    private <T> T read(JsonNode tree, Class<T> type) {
        ReadProblems problems = new ReadProblems(OcpiJson.MAX_VIOLATIONS, Integer.MAX_VALUE);
        T value;
        try {
            value = readers.computeIfAbsent(type, MAPPER::readerFor)
                    .withAttribute(ReadProblems.KEY, problems)
                    .readValue(tree);
        } catch (IOException e) {
            throw new IllegalStateException("translation into " + type.getName() + " produced unreadable JSON", e);
        }
        if (!problems.violations().isEmpty()) {
            // the source was a record of the model, so only a wrong declared edit can get here
            throw new IllegalStateException(
                    "translation into " + type.getName() + " produced JSON it cannot hold: " + problems.violations());
        }
        return value;
    }

    private void walk(ObjectNode node, Plan plan, Path path, Losses losses) {
        for (Difference d : plan.differences) {
            d.edit().apply(node, path, losses);
        }
        for (Step step : plan.steps) {
            JsonNode value = node.get(step.name);
            if (value == null) {
                continue;
            }
            Path at = path.field(step.name);
            if (step.child != null) {
                if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        if (value.get(i) instanceof ObjectNode element) {
                            walk(element, step.child, at.element(i), losses);
                        }
                    }
                } else if (value instanceof ObjectNode object) {
                    walk(object, step.child, at, losses);
                }
            } else if (step.allowed != null) {
                checkEnum(node, step, value, at, losses);
            } else {
                node.remove(step.name);
                losses.add(at, target + " has no such field; left out (was " + shown(value) + ")");
            }
        }
    }

    private void checkEnum(ObjectNode node, Step step, JsonNode value, Path at, Losses losses) {
        if (value.isTextual()) {
            JsonNode kept = enumValue(step, value, at, losses);
            if (kept == null) {
                node.remove(step.name);
            } else {
                node.set(step.name, kept);
            }
        } else if (value instanceof ArrayNode values) {
            ArrayNode kept = values.arrayNode();
            for (int i = 0; i < values.size(); i++) {
                JsonNode one = values.get(i).isTextual() ? enumValue(step, values.get(i), at.element(i), losses) : null;
                if (one != null) {
                    kept.add(one);
                }
            }
            node.set(step.name, kept);
        }
    }

    private @Nullable JsonNode enumValue(Step step, JsonNode value, Path at, Losses losses) {
        String text = value.asText();
        if (step.allowed.contains(text)) {
            return value;
        }
        Substitute substitute = step.substitutes.get(text);
        if (substitute != null) {
            losses.add(at, substitute.why());
            return TextNode.valueOf(substitute.replacement());
        }
        losses.add(at, target + " has no value " + shown(value) + " of " + step.enumName + "; left out");
        return null;
    }

    /** Returns a value as JSON for a message, cut short when long. */
    static String shown(JsonNode value) {
        String json = value.toString();
        return json.length() <= SHOWN ? json : json.substring(0, SHOWN) + "...";
    }

    private Plan plan(Class<?> sourceType, Class<?> targetType) {
        List<Class<?>> pair = List.of(sourceType, targetType);
        Plan plan = plans.get(pair);
        if (plan != null) {
            return plan;
        }
        synchronized (this) { // plans of nested pairs are built by the same thread, re-entering here
            plan = plans.get(pair);
            if (plan == null) {
                plan = build(sourceType, targetType);
                plans.put(pair, plan);
            }
            return plan;
        }
    }

    private Plan build(Class<?> sourceType, Class<?> targetType) {
        Map<String, Slot> from = shape(sourceType);
        Map<String, Slot> to = shape(targetType);
        List<Difference> declared = differences.getOrDefault(List.of(sourceType, targetType), List.of());
        Set<String> consumed = new HashSet<>();
        Set<String> produced = new HashSet<>();
        for (Difference d : declared) {
            consumed.addAll(d.consumes());
            produced.addAll(d.produces());
        }
        String pair = sourceType.getName() + " -> " + targetType.getName();
        List<Step> steps = new ArrayList<>();
        for (Map.Entry<String, Slot> field : from.entrySet()) {
            String name = field.getKey();
            if (consumed.contains(name)) {
                continue;
            }
            if (produced.contains(name)) {
                throw new IllegalStateException(pair + ": " + name + " is produced by a difference, but not consumed");
            }
            Slot s = field.getValue();
            Slot t = to.get(name);
            if (t == null) {
                steps.add(new Step(name, null, null, Map.of(), ""));
            } else if (s.list != t.list || s.record() != t.record()) {
                throw new IllegalStateException(pair + ": " + name + " changed its kind; declare a difference");
            } else if (s.record()) {
                Plan child = plan(s.type, t.type);
                if (!child.trivial) {
                    steps.add(new Step(name, child, null, Map.of(), ""));
                }
            } else if (t.type.isEnum()) {
                Set<String> allowed = wireNames(t.type);
                if (!s.type.isEnum() || !allowed.containsAll(wireNames(s.type))) {
                    steps.add(new Step(
                            name, null, allowed, substitutes.getOrDefault(s.type, Map.of()), t.type.getSimpleName()));
                }
            } else if (!sameJson(s.type, t.type)) {
                throw new IllegalStateException(pair + ": " + name + " changed its type; declare a difference");
            }
        }
        for (Map.Entry<String, Slot> field : to.entrySet()) {
            if (field.getValue().required && !from.containsKey(field.getKey()) && !produced.contains(field.getKey())) {
                throw new IllegalStateException(
                        pair + ": " + field.getKey() + " is required, and nothing provides it; declare a difference");
            }
        }
        return new Plan(declared, steps);
    }

    /** The JSON fields of a record type, each with the type of its value. */
    private static Map<String, Slot> shape(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException(type.getName() + " is not an OCPI object");
        }
        Map<String, Slot> slots = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            JsonProperty property = c.getAccessor().getAnnotation(JsonProperty.class);
            Type valueType = c.getGenericType();
            boolean patch = c.getType() == PatchField.class;
            if (patch) {
                valueType = ((ParameterizedType) valueType).getActualTypeArguments()[0];
            }
            boolean list = valueType instanceof ParameterizedType p && p.getRawType() == List.class;
            if (list) {
                valueType = ((ParameterizedType) valueType).getActualTypeArguments()[0];
            }
            Class<?> raw = valueType instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) valueType;
            boolean required =
                    !patch && (isPresent(c.getAccessor(), NotNull.class) || isPresent(c.getAccessor(), NotEmpty.class));
            slots.put(property == null ? c.getName() : property.value(), new Slot(raw, list, required));
        }
        return slots;
    }

    private static boolean isPresent(Method accessor, Class<? extends Annotation> a) {
        AnnotatedElement type = accessor.getAnnotatedReturnType();
        return accessor.isAnnotationPresent(a) || type.isAnnotationPresent(a);
    }

    private static Set<String> wireNames(Class<?> enumType) {
        Set<String> names = new LinkedHashSet<>();
        for (Object constant : enumType.getEnumConstants()) {
            names.add(Jackson.wireName((Enum<?>) constant));
        }
        return names;
    }

    /** Whether two leaf types are written as the same JSON (a string, a number, ...) and read back alike. */
    private static boolean sameJson(Class<?> a, Class<?> b) {
        return a == b || (isText(a) && isText(b));
    }

    private static boolean isText(Class<?> type) {
        return type == String.class || type == CiString.class || OpenEnum.class.isAssignableFrom(type);
    }

    private static JsonMapper mapper() {
        JsonMapper mapper = Jackson.newMapper();
        // a tree keeps decimals as written (4.00 stays 4.00), so that what goes through it comes back equal
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        return mapper;
    }

    /** The value type of a record component: a record, an enumeration or a leaf; one or a list of them. */
    private record Slot(Class<?> type, boolean list, boolean required) {
        boolean record() {
            return type.isRecord();
        }
    }

    /**
     * What a translation does with one field of the source: descend into it ({@code child}), check its values
     * against a closed enumeration ({@code allowed}), or, with neither, leave it out.
     */
    private record Step(
            String name,
            @Nullable Plan child,
            @Nullable Set<String> allowed,
            Map<String, Substitute> substitutes,
            String enumName) {}

    /** What to do with a node of one pair of record types: its declared differences, then its steps. */
    private static final class Plan {
        final List<Difference> differences;
        final List<Step> steps;
        final boolean trivial;

        Plan(List<Difference> differences, List<Step> steps) {
            this.differences = List.copyOf(differences);
            this.steps = List.copyOf(steps);
            this.trivial = differences.isEmpty() && steps.isEmpty();
        }
    }

    /**
     * A declared difference between a record type of the source version and its counterpart: an edit of the
     * source's JSON node that turns the fields it {@code consumes} into the fields it {@code produces}. Its edit may
     * also change other fields of the node and below, as long as what it leaves is JSON of the source type for the
     * fields it does not consume.
     */
    record Difference(Class<?> source, Class<?> target, Set<String> consumes, Set<String> produces, Edit edit) {}

    /** The edit of one declared difference. */
    @FunctionalInterface
    interface Edit {
        /**
         * Rewrites a node of the source type.
         *
         * @param node the node, changed in place
         * @param path where the node is in the source, for losses
         * @param losses where to report what the target cannot hold
         */
        void apply(ObjectNode node, Path path, Losses losses);
    }

    /**
     * A value of a closed enumeration of the source that the target lacks, carried as another value of the target's
     * enumeration; the loss it reports says why.
     */
    record Substitute(Class<?> type, String value, String replacement, String why) {}

    /** The losses of one translation, in the order they were found. */
    static final class Losses {
        private final List<Loss> list = new ArrayList<>();

        void add(Path path, String what) {
            list.add(new Loss(path.toString(), what));
        }

        List<Loss> list() {
            return list;
        }
    }
}
