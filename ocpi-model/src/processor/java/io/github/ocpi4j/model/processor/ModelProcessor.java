package io.github.ocpi4j.model.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * ocpi-model's annotation processor: writes the builder of every record marked {@code @GenerateBuilder} and the PATCH
 * type of every record marked {@code @GeneratePatch}, as those annotations' Javadoc describes, into the compilation
 * that holds the records. A PATCH type it writes is itself marked {@code @GenerateBuilder}, so its builder follows in
 * the next round.
 *
 * <p>Build time only: compiled before the model by its own execution of the compiler plugin, never packaged. It
 * claims every annotation, so that javac's {@code -Xlint:processing} has nothing unclaimed to warn about in a
 * compilation where it is the only processor.
 */
@SupportedAnnotationTypes("*")
public final class ModelProcessor extends AbstractProcessor {
    private static final String MODEL = "io.github.ocpi4j.model";
    private static final String GENERATE_BUILDER = MODEL + ".GenerateBuilder";
    private static final String GENERATE_PATCH = MODEL + ".GeneratePatch";
    private static final String PATCH_APPENDS = MODEL + ".PatchAppends";
    private static final String PATCH_FIELD = MODEL + ".PatchField";
    private static final String CI_STRING = MODEL + ".CiString";
    private static final String PATCHES = MODEL + ".internal.Patches";
    private static final String VALID = "jakarta.validation.Valid";
    private static final String NULLABLE = "org.jspecify.annotations.Nullable";
    private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    private static final String GENERATED = "javax.annotation.processing.Generated";
    private static final String LIST = "java.util.List";
    private static final String LAST_UPDATED = "last_updated";
    private static final Pattern LINK = Pattern.compile("\\{@link(?:plain)?\\s+([^\\s}]*)");

    /** Creates the processor; javac calls this. */
    public ModelProcessor() {}

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<TypeElement> builders = annotated(round, GENERATE_BUILDER);
        Set<TypeElement> patches = annotated(round, GENERATE_PATCH);
        Set<TypeElement> all = new LinkedHashSet<>(builders);
        all.addAll(patches);
        for (TypeElement type : all) {
            RecordModel record = read(type, builders.contains(type), patches.contains(type));
            if (record == null) {
                continue;
            }
            if (patches.contains(type)) {
                write(record.packageName + "." + record.name + "Patch", type, patch(record));
            }
            if (builders.contains(type)) {
                write(record.packageName + "." + record.name + "BuilderBase", type, builderBase(record));
            }
        }
        for (Element component : annotatedElements(round, PATCH_APPENDS)) {
            if (!patches.contains((TypeElement) component.getEnclosingElement())) {
                error(component, "@PatchAppends has no effect on a record without @GeneratePatch");
            }
        }
        return true;
    }

    /** A record as the generator reads it. */
    private record RecordModel(String packageName, String name, List<Component> components) {}

    /**
     * One component of a record.
     *
     * @param doc the text of its {@code @param}
     */
    private record Component(
            String name,
            String wireName,
            TypeMirror type,
            List<? extends AnnotationMirror> annotations,
            String doc,
            boolean appends) {

        boolean lastUpdated() {
            return wireName.equals(LAST_UPDATED);
        }
    }

    /** Reads a record, or reports on it what the generator lacks and returns {@code null}. */
    private RecordModel read(TypeElement type, boolean builder, boolean patch) {
        if (type.getKind() != ElementKind.RECORD
                || type.getNestingKind() != NestingKind.TOP_LEVEL
                || !type.getModifiers().contains(Modifier.PUBLIC)
                || !type.getTypeParameters().isEmpty()) {
            error(type, "@GenerateBuilder and @GeneratePatch go on a public top-level record without type parameters");
            return null;
        }
        String name = type.getSimpleName().toString();
        String packageName = processingEnv
                .getElementUtils()
                .getPackageOf(type)
                .getQualifiedName()
                .toString();
        Map<String, String> docs = paramDocs(processingEnv.getElementUtils().getDocComment(type));
        boolean ok = true;
        List<Component> components = new ArrayList<>();
        for (RecordComponentElement element : type.getRecordComponents()) {
            String componentName = element.getSimpleName().toString();
            ExecutableElement accessor = element.getAccessor();
            TypeMirror componentType = accessor.getReturnType();
            String doc = docs.get(componentName);
            boolean appends = hasAnnotation(element.getAnnotationMirrors(), PATCH_APPENDS);
            if (componentType.getKind().isPrimitive()) {
                ok = error(
                        element,
                        name + "." + componentName
                                + " is primitive: use its boxed type, which a builder can leave unset");
            }
            if (componentName.equals("build")) {
                ok = error(element, name + ".build clashes with the builder's build(): rename the component");
            }
            if (doc == null || doc.isBlank()) {
                ok = error(
                        element,
                        name + "." + componentName
                                + " has no @param text in the record's Javadoc: the generated setters and PATCH"
                                + " fields take their Javadoc from it");
            } else {
                ok &= checkLinks(element, name + "." + componentName, doc, packageName);
            }
            if (appends && !isList(componentType)) {
                ok = error(element, "@PatchAppends goes on a List component, not on " + name + "." + componentName);
            }
            String wireName = componentName;
            for (AnnotationMirror a : accessor.getAnnotationMirrors()) {
                if (JavaCode.qualifiedName(a).equals(JSON_PROPERTY)) {
                    wireName = a.getElementValues().entrySet().stream()
                            .filter(e -> e.getKey().getSimpleName().contentEquals("value"))
                            .map(e -> e.getValue().getValue().toString())
                            .findFirst()
                            .orElse(componentName);
                }
            }
            components.add(new Component(
                    componentName, wireName, componentType, accessor.getAnnotationMirrors(), doc, appends));
        }
        if (builder) {
            ok &= checkBuilderGlue(type, name);
        }
        if (patch && components.stream().noneMatch(Component::lastUpdated)) {
            ok = error(type, name + " has no last_updated component, which every PATCH carries: no " + name + "Patch");
        }
        return ok ? new RecordModel(packageName, name, components) : null;
    }

    /** Checks the hand-written part of the builder, which the generated base class needs. */
    private boolean checkBuilderGlue(TypeElement type, String name) {
        String glue =
                "public static Builder builder() { return new Builder(); }, public Builder toBuilder() { return new"
                        + " Builder().from(this); } and public static final class Builder extends " + name
                        + "BuilderBase { private Builder() {} }";
        TypeElement nested = ElementFilter.typesIn(type.getEnclosedElements()).stream()
                .filter(t -> t.getSimpleName().contentEquals("Builder"))
                .findFirst()
                .orElse(null);
        boolean glueOk = nested != null
                && nested.getModifiers().containsAll(Set.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL))
                && simpleName(nested.getSuperclass()).equals(name + "BuilderBase")
                && ElementFilter.constructorsIn(nested.getEnclosedElements()).stream()
                        .allMatch(c -> c.getModifiers().contains(Modifier.PRIVATE))
                && ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                                .filter(m -> m.getSimpleName().contentEquals("builder")
                                        || m.getSimpleName().contentEquals("toBuilder"))
                                .count()
                        == 2;
        return glueOk || error(type, name + " needs the builder glue for @GenerateBuilder: " + glue);
    }

    /**
     * Checks that the links of a {@code @param} text resolve in a generated file, which has its own imports: a type
     * of the record's package, of {@code java.lang}, or a qualified name.
     */
    private boolean checkLinks(Element element, String where, String doc, String packageName) {
        Matcher m = LINK.matcher(doc);
        boolean ok = true;
        while (m.find()) {
            String target = m.group(1);
            String typeName = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
            boolean resolves = typeName.contains(".")
                    || (!typeName.isEmpty()
                            && (processingEnv.getElementUtils().getTypeElement(packageName + "." + typeName) != null
                                    || processingEnv.getElementUtils().getTypeElement("java.lang." + typeName)
                                            != null));
            if (!resolves) {
                ok = error(
                        element,
                        "the @param text of " + where + " links {@link " + target + "}, which the generated code"
                                + " cannot resolve: name the type with its package (or the record's own type for a"
                                + " member)");
            }
        }
        return ok;
    }

    // ---- the builder

    private String builderBase(RecordModel record) {
        String base = record.name + "BuilderBase";
        String builder = record.name + ".Builder";
        JavaCode code = new JavaCode(processingEnv.getElementUtils(), record.packageName, Set.of(base, "Builder"));
        String nullable = "@" + code.name(NULLABLE);
        StringBuilder out = new StringBuilder(javadoc(
                "",
                "The setters and {@link #build()} of {@link " + builder + "}, written by ocpi-model's annotation"
                        + " processor from the components of {@link " + record.name + "}. Not thread-safe."));
        out.append(generated(code)).append("abstract sealed class %s permits %s {\n".formatted(base, builder));
        for (Component c : record.components) {
            out.append("    private ").append(field(code, c, nullable)).append(";\n");
        }
        out.append(member(
                "Copies every component of {@code from} into this builder.",
                "final %s from(%s from) {\n%s    return self();\n}"
                        .formatted(
                                builder,
                                record.name,
                                record.components.stream()
                                        .map(c -> "    this.%1$s = from.%1$s();\n".formatted(c.name))
                                        .collect(Collectors.joining()))));
        for (Component c : record.components) {
            out.append(setters(code, record.name, c, builder, nullable));
        }
        out.append(member(
                "Returns the {@link " + record.name + "} of the values set, without validating it.",
                "public " + record.name + " build() {\n"
                        + construct(
                                record.name,
                                record.components.stream().map(Component::name).toList())
                        + "}"));
        out.append(member("Returns this builder as the type its setters return.", """
                private %1$s self() {
                    return (%1$s) this;
                }""".formatted(builder)));
        return code.file(out.append("}\n").toString());
    }

    /** The builder's field of a component: a PATCH field starts absent, a list empty, anything else {@code null}. */
    private String field(JavaCode code, Component c, String nullable) {
        if (isPatchField(c.type)) {
            return code.plainType(c.type) + " " + c.name + " = " + code.name(PATCH_FIELD) + ".absent()";
        }
        if (isList(c.type)) {
            return code.plainType(c.type) + " " + c.name + " = " + code.name(LIST) + ".of()";
        }
        return code.type(c.type, false, List.of(nullable)) + " " + c.name;
    }

    /**
     * The setter of a component, and for a CiString the one that takes its spelling as any {@link CharSequence}. As
     * CiString is a CharSequence, the CiString setter is the more specific one, so {@code setter(null)} compiles and
     * picks it, where a {@code String} overload beside it would make that call ambiguous.
     */
    private String setters(JavaCode code, String record, Component c, String builder, String nullable) {
        boolean patchField = isPatchField(c.type);
        TypeMirror valueType =
                patchField ? ((DeclaredType) c.type).getTypeArguments().get(0) : c.type;
        String parameter = patchField || !isList(c.type)
                ? code.type(valueType, false, List.of(nullable))
                : code.plainType(valueType);
        String what = "{@link " + record + "#" + c.name + "()}";
        String more = "\n\n<p>" + c.doc
                + (patchField
                        ? "\n\n<p>{@code null} makes the PATCH set the field to {@code null}; a field never set is left"
                                + " out of the PATCH."
                        : "");
        String setter = member("Sets " + what + "." + more, """
                public %1$s %2$s(%3$s %2$s) {
                    this.%2$s = %4$s;
                    return self();
                }""".formatted(
                        builder,
                        c.name,
                        parameter,
                        patchField ? code.name(PATCH_FIELD) + ".ofNullable(" + c.name + ")" : c.name));
        if (!isType(valueType, CI_STRING)) {
            return setter;
        }
        return setter
                + member("Sets " + what + " from its spelling, such as a {@code String}." + more, """
                        public %1$s %2$s(%3$s CharSequence %2$s) {
                            return %2$s(%2$s == null ? null : %4$s.of(%2$s.toString()));
                        }""".formatted(
                                builder, c.name, nullable, code.name(CI_STRING)));
    }

    // ---- the PATCH type

    private String patch(RecordModel record) {
        String patch = record.name + "Patch";
        String target = decapitalize(record.name);
        JavaCode code = new JavaCode(processingEnv.getElementUtils(), record.packageName, Set.of(patch, "Builder"));
        String appended = record.components.stream()
                .filter(Component::appends)
                .map(c -> "{@code " + c.wireName + "}")
                .collect(Collectors.joining(", "));

        StringBuilder doc = new StringBuilder("""
                The body of a PATCH of a {@link %1$s}, written by ocpi-model's annotation processor from it: only the \
                fields to change, each {@link %2$s#absent() absent} (unchanged), {@code null} or a new value, and \
                always {@code last_updated} ({@code [[transport_and_format_patch]]}). A PATCH may not set a field that \
                {@link %1$s} requires to {@code null}.
                """.formatted(record.name, code.name(PATCH_FIELD)));
        if (!appended.isEmpty()) {
            doc.append("\n<p>The elements of ")
                    .append(appended)
                    .append(" are added after the existing ones rather than replacing them; an absent, empty or {@code")
                    .append(" null} list changes nothing.\n");
        }
        doc.append("""

                <pre>{@code
                %1$s patch = %1$s.builder().lastUpdated(Instant.now()).build();
                %2$s updated = patch.applyTo(current);
                }</pre>

                <p>Instances are immutable and thread-safe.
                """.formatted(patch, record.name));
        for (Component c : record.components) {
            doc.append("\n@param ").append(c.name).append(' ').append(c.doc);
            if (c.appends) {
                doc.append(" A PATCH adds its elements after the existing ones; an absent, empty or {@code null} list")
                        .append(" changes nothing.");
            }
        }

        StringBuilder out = new StringBuilder(javadoc("", doc.toString()))
                .append(generated(code))
                .append('@')
                .append(code.name(GENERATE_BUILDER))
                .append("\npublic record ")
                .append(patch)
                .append('(')
                .append(record.components.stream()
                        .map(c -> "\n        " + patchComponent(code, c))
                        .collect(Collectors.joining(",")))
                .append(") {\n");

        out.append(member(
                "Makes {@code null} fields absent.",
                "public " + patch + " {\n"
                        + record.components.stream()
                                .filter(c -> !c.lastUpdated())
                                .map(c -> "    %1$s = %2$s.orAbsent(%1$s);\n".formatted(c.name, code.name(PATCHES)))
                                .collect(Collectors.joining())
                        + "}"));

        List<String> arguments = new ArrayList<>();
        for (Component c : record.components) {
            String current = target + "." + c.name + "()";
            arguments.add(
                    c.lastUpdated()
                            ? "this." + c.name
                            : c.appends
                                    ? code.name(PATCHES) + ".appended(" + current + ", this." + c.name + ")"
                                    : "this." + c.name + ".applyTo(" + current + ")");
        }
        out.append(member(
                "Returns {@code " + target
                        + "} with this PATCH applied: the fields it mentions replaced, the others kept"
                        + (appended.isEmpty() ? "" : ", and the elements of " + appended + " added after its own")
                        + ".\n\n@param " + target + " the object as it is\n@return the object as this PATCH leaves it",
                "public %1$s applyTo(%1$s %2$s) {\n%3$s}"
                        .formatted(record.name, target, construct(record.name, arguments))));

        out.append(member("Returns a new, empty builder.", """
                public static Builder builder() {
                    return new Builder();
                }"""));
        out.append(member("Returns a builder holding this PATCH's fields.", """
                public Builder toBuilder() {
                    return new Builder().from(this);
                }"""));
        out.append(member(
                "Builds {@link " + patch + "} objects; {@link #build()} does not validate. Not thread-safe.",
                """
                public static final class Builder extends %sBuilderBase {
                    private Builder() {}
                }""".formatted(patch)));
        return code.file(out.append("}\n").toString());
    }

    /**
     * A component of the PATCH record: the record component's annotations but {@code @Valid}, which goes on the type
     * argument, and its type in a {@code PatchField}, except {@code last_updated}.
     */
    private String patchComponent(JavaCode code, Component c) {
        List<String> annotations = new ArrayList<>();
        for (AnnotationMirror a : c.annotations) {
            if (c.lastUpdated() || !JavaCode.qualifiedName(a).equals(VALID)) {
                annotations.add(code.annotation(a));
            }
        }
        String type;
        if (c.lastUpdated()) {
            type = code.type(c.type, true, List.of());
        } else {
            boolean valid = hasAnnotation(c.annotations, VALID) || hasAnnotation(c.type.getAnnotationMirrors(), VALID);
            String argument = code.type(c.type, true, valid ? List.of("@" + code.name(VALID)) : List.of());
            type = code.name(PATCH_FIELD) + "<" + argument + ">";
        }
        annotations.add(type + " " + c.name);
        return String.join(" ", annotations);
    }

    // ---- helpers

    private String generated(JavaCode code) {
        return "@" + code.name(GENERATED) + "(\"" + ModelProcessor.class.getName() + "\")\n";
    }

    /** A member of a generated class after a blank line: its Javadoc, then its code, both indented by four. */
    private static String member(String doc, String code) {
        return "\n" + javadoc("    ", doc) + code.indent(4);
    }

    /** A Javadoc comment of {@code text}, indented, its lines outside {@code <pre>} wrapped at 120. */
    private static String javadoc(String indent, String text) {
        int width = 120 - indent.length() - 3;
        text = text.strip();
        if (!text.contains("\n") && text.length() + 4 <= width) {
            return indent + "/** " + text + " */\n";
        }
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        boolean pre = false;
        for (String line : text.split("\n", -1)) {
            pre |= line.contains("<pre>");
            while (!pre && line.length() > width && line.lastIndexOf(' ', width) > 0) {
                int cut = line.lastIndexOf(' ', width);
                out.append(indent).append(" * ").append(line, 0, cut).append('\n');
                line = line.substring(cut + 1);
            }
            out.append(indent).append(line.isEmpty() ? " *" : " * " + line).append('\n');
            pre &= !line.contains("</pre>");
        }
        return out.append(indent).append(" */\n").toString();
    }

    /** The body of a method that returns a new {@code type} of {@code arguments}, one a line. */
    private static String construct(String type, List<String> arguments) {
        return "    return new " + type + "("
                + arguments.stream().map(a -> "\n            " + a).collect(Collectors.joining(","))
                + ");\n";
    }

    /** The {@code @param} texts of a doc comment by parameter name, each line trimmed. */
    static Map<String, String> paramDocs(String comment) {
        Map<String, String> docs = new LinkedHashMap<>();
        if (comment == null) {
            return docs;
        }
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : comment.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("@")) {
                if (name != null) {
                    docs.put(name, text.toString().strip());
                }
                name = null;
                if (trimmed.startsWith("@param")) {
                    String[] parts = trimmed.split("\\s+", 3);
                    if (parts.length >= 2) {
                        name = parts[1];
                        text = new StringBuilder(parts.length == 3 ? parts[2] : "");
                    }
                }
            } else if (name != null) {
                text.append('\n').append(trimmed);
            }
        }
        if (name != null) {
            docs.put(name, text.toString().strip());
        }
        return docs;
    }

    private static String decapitalize(String name) {
        int upper = 0;
        while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
            upper++;
        }
        int cut = upper > 1 && upper < name.length() ? upper - 1 : upper; // EVSE -> evse, CDRToken -> cdrToken
        return name.substring(0, cut).toLowerCase() + name.substring(cut);
    }

    private Set<TypeElement> annotated(RoundEnvironment round, String annotation) {
        return new LinkedHashSet<>(ElementFilter.typesIn(annotatedElements(round, annotation)));
    }

    private Set<? extends Element> annotatedElements(RoundEnvironment round, String annotation) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
        return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
    }

    private static boolean hasAnnotation(List<? extends AnnotationMirror> annotations, String name) {
        return annotations.stream().anyMatch(a -> JavaCode.qualifiedName(a).equals(name));
    }

    private static boolean isPatchField(TypeMirror type) {
        return isType(type, PATCH_FIELD);
    }

    private static boolean isList(TypeMirror type) {
        return isType(type, LIST);
    }

    private static boolean isType(TypeMirror type, String canonical) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement())
                        .getQualifiedName()
                        .contentEquals(canonical);
    }

    /** The simple name of a type, also while it is still to be generated (an error type). */
    private static String simpleName(TypeMirror type) {
        String text = type.toString();
        return text.substring(text.lastIndexOf('.') + 1);
    }

    private void write(String name, Element origin, String source) {
        try (Writer out =
                processingEnv.getFiler().createSourceFile(name, origin).openWriter()) {
            out.write(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reports an error on an element; returns {@code false}, so that a check reads {@code ok = error(...)}. */
    private boolean error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
        return false;
    }
}
