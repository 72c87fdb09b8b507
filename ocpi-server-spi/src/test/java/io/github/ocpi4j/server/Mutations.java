package io.github.ocpi4j.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Bodies a hostile partner sends, derived from a valid body with a seeded {@link Random}, so that every run sends
 * the same ones: truncations, values of the wrong JSON type, huge strings, control characters, markup, keys given
 * twice, deep nesting, ids that cannot be addressed, numbers out of range, unknown enumeration values, broken UTF-8,
 * and documents of the wrong shape.
 */
final class Mutations {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    /** Stands for a value whose raw JSON text is put in after writing the tree. */
    private static final String RAW = "\u0001raw\u0001";
    /** The names of fields that hold ids forming URLs, or referring to objects. */
    private static final Set<String> IDS =
            Set.of("id", "uid", "location_id", "evse_uid", "connector_id", "session_id", "reservation_id");

    private final Random random;

    Mutations(long seed) {
        this.random = new Random(seed);
    }

    /** One mutated body and what was done to it. */
    record Mutant(String what, byte[] body) {
        @Override
        public String toString() {
            return what;
        }
    }

    /** Returns the mutants of a valid JSON body, {@code picks} of each kind that picks a value at random. */
    List<Mutant> of(String valid, int picks) {
        JsonNode tree = tree(valid);
        List<Mutant> out = new ArrayList<>();
        for (String root : List.of("", "null", "[]", "\"text\"", "42", "{}", "[" + valid + "]")) {
            out.add(new Mutant("document " + root, bytes(root)));
        }
        out.add(new Mutant("document nested 100000 deep", bytes("[".repeat(100_000))));
        out.add(new Mutant("raw control character", bytes(valid.replaceFirst(":", ":\u0001"))));
        byte[] utf8 = bytes(valid);
        int quote = valid.indexOf('"', valid.indexOf(':'));
        if (quote > 0) {
            ByteArrayOutputStream broken = new ByteArrayOutputStream();
            broken.write(utf8, 0, quote + 1);
            broken.write(0xC3); // a lead byte without its continuation
            broken.write(0x28);
            broken.write(utf8, quote + 1, utf8.length - quote - 1);
            out.add(new Mutant("broken UTF-8", broken.toByteArray()));
        }
        for (int i = 0; i < picks; i++) {
            int cut = random.nextInt(Math.max(1, valid.length()));
            out.add(new Mutant("truncated at " + cut, bytes(valid.substring(0, cut))));
            out.add(replaced(tree, "wrong type", any -> true, this::otherType));
            out.add(replaced(tree, "huge string", JsonNode::isTextual, v -> TextNode.valueOf("x".repeat(100_000))));
            out.add(replaced(
                    tree,
                    "control characters",
                    JsonNode::isTextual,
                    v -> TextNode.valueOf(v.asText() + "\u0000\u0007\n\u001b[31m")));
            out.add(replaced(
                    tree, "markup", JsonNode::isTextual, v -> TextNode.valueOf("<script>alert(1)</script><b>x</b>")));
            int depth = pick(List.of(20, 900, 3000)); // within the parser's limit of 1000, and beyond it
            out.add(replaced(
                    tree, "nested " + depth + " deep", any -> true, v -> raw("[".repeat(depth) + "]".repeat(depth))));
            out.add(replaced(
                    tree,
                    "number out of range",
                    JsonNode::isNumber,
                    v -> raw(pick(List.of(
                            "1e400",
                            "-1e400",
                            "99999999999999999999999999",
                            "2147483648",
                            "-1",
                            "1.5",
                            "0.000000000001",
                            "1" + "0".repeat(2000))))));
            out.add(replaced(
                    tree,
                    "unknown enum value",
                    v -> v.isTextual() && v.asText().matches("[A-Z_0-9]+"),
                    v -> TextNode.valueOf("NO_SUCH_VALUE")));
            out.add(duplicateKey(tree));
        }
        for (String id : List.of("", ".", "..", " ")) {
            out.add(new Mutant("ids \"" + id + "\"", bytes(write(everyId(tree.deepCopy(), TextNode.valueOf(id))))));
        }
        return out;
    }

    private JsonNode otherType(JsonNode value) {
        List<String> types = new ArrayList<>(List.of("\"a string\"", "12", "true", "null", "{}", "[]", "[1,\"2\"]"));
        types.remove(value.isTextual() ? "\"a string\"" : value.isNumber() ? "12" : value.isObject() ? "{}" : "[]");
        return raw(pick(types));
    }

    /** A copy of the tree with one value replaced, picked at random among those it fits (or among all). */
    private Mutant replaced(JsonNode tree, String what, Predicate<JsonNode> fits, Function<JsonNode, JsonNode> change) {
        JsonNode copy = tree.deepCopy();
        List<Slot> slots = new ArrayList<>();
        collect(copy, "$", slots);
        if (slots.isEmpty()) {
            return new Mutant(what + " (nothing to change)", bytes(write(copy)));
        }
        List<Slot> fitting = slots.stream().filter(s -> fits.test(s.value())).toList();
        Slot slot = pick(fitting.isEmpty() ? slots : fitting);
        slot.set(change.apply(slot.value()));
        return new Mutant(what + " at " + slot.path(), bytes(write(copy)));
    }

    /** The tree written with one key, of an object picked at random, given a second time at its object's end. */
    private Mutant duplicateKey(JsonNode tree) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, "$", slots);
        List<Slot> inObjects =
                slots.stream().filter(s -> s.parent() instanceof ObjectNode).toList();
        if (inObjects.isEmpty()) {
            return new Mutant("duplicate key (no object)", bytes(write(tree)));
        }
        Slot twice = pick(inObjects);
        return new Mutant("duplicate key " + twice.path(), bytes(writeTwice(tree, twice)));
    }

    /** Writes a tree as JSON, the key of a slot given a second time, last in its object. */
    private static String writeTwice(JsonNode node, Slot twice) {
        if (node instanceof ObjectNode object) {
            StringJoiner s = new StringJoiner(",", "{", "}");
            object.properties()
                    .forEach(f -> s.add(write(TextNode.valueOf(f.getKey())) + ":" + writeTwice(f.getValue(), twice)));
            if (node == twice.parent()) {
                s.add(write(TextNode.valueOf(twice.name())) + ":" + write(twice.value()));
            }
            return s.toString();
        }
        if (node instanceof ArrayNode array) {
            StringJoiner s = new StringJoiner(",", "[", "]");
            array.forEach(element -> s.add(writeTwice(element, twice)));
            return s.toString();
        }
        return write(node);
    }

    /** Sets every field that holds an id to the value, as deep as it goes. */
    private static JsonNode everyId(JsonNode node, JsonNode value) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (IDS.contains(name) && object.get(name).isTextual()) {
                    object.set(name, value);
                } else {
                    everyId(object.get(name), value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> everyId(element, value));
        }
        return node;
    }

    /** A place in the tree: the field of an object or the element of an array. */
    private record Slot(JsonNode parent, String name, int index, JsonNode value, String path) {
        void set(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(name, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }
    }

    private static void collect(JsonNode node, String path, List<Slot> out) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String at = path + "." + field.getKey();
                out.add(new Slot(object, field.getKey(), -1, field.getValue(), at));
                collect(field.getValue(), at, out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                out.add(new Slot(array, null, i, array.get(i), at));
                collect(array.get(i), at, out);
            }
        }
    }

    private final List<String> raws = new ArrayList<>();

    /** A value whose JSON text is put in as it is: text the tree cannot hold. */
    private JsonNode raw(String json) {
        raws.add(json);
        return TextNode.valueOf(RAW + (raws.size() - 1) + RAW);
    }

    private byte[] bytes(String text) {
        String out = text;
        for (int i = 0; i < raws.size(); i++) {
            out = out.replace(write(TextNode.valueOf(RAW + i + RAW)), raws.get(i));
        }
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static JsonNode tree(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return PLAIN.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
