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
    private record RecordModel(TypeElement type, String packageName, String name, List<Component> components) {}

    /**
     * One component of a record.
     *
     * @param doc the text of its {@code @param}
     */
    private record Component(
            RecordComponentElement element,
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
                    element, componentName, wireName, componentType, accessor.getAnnotationMirrors(), doc, appends));
        }
        if (builder) {
            ok &= checkBuilderGlue(type, name);
        }
        if (patch && components.stream().noneMatch(Component::lastUpdated)) {
            ok = error(type, name + " has no last_updated component, which every PATCH carries: no " + name + "Patch");
        }
        return ok ? new RecordModel(type, packageName, name, components) : null;
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
        StringBuilder out = new StringBuilder();
        javadoc(
                out,
                "",
                "The setters and {@link #build()} of {@link " + builder
                        + "}, written by ocpi-model's annotation processor" + " from the components of {@link "
                        + record.name + "}. Not thread-safe.");
        out.append(generated(code)).append('\n');
        out.append("abstract sealed class ")
                .append(base)
                .append(" permits ")
                .append(builder)
                .append(" {\n");
        for (Component c : record.components) {
            out.append("    private ").append(field(code, c, nullable)).append(";\n");
        }
        out.append('\n');
        javadoc(out, "    ", "Copies every component of {@code from} into this builder.");
        out.append("    final ")
                .append(builder)
                .append(" from(")
                .append(record.name)
                .append(" from) {\n");
        for (Component c : record.components) {
            out.append("        this.")
                    .append(c.name)
                    .append(" = from.")
                    .append(c.name)
                    .append("();\n");
        }
        out.append("        return self();\n    }\n");
        for (Component c : record.components) {
            setters(out, code, record, c, builder, nullable);
        }
        out.append('\n');
        javadoc(out, "    ", "Returns the {@link " + record.name + "} of the values set, without validating it.");
        out.append("    public ").append(record.name).append(" build() {\n");
        out.append(construct(
                record.name, record.components.stream().map(Component::name).toList()));
        javadoc(out, "    ", "Returns this builder as the type its setters return.");
        out.append("    private ").append(builder).append(" self() {\n");
        out.append("        return (").append(builder).append(") this;\n    }\n}\n");
        return code.file(out.toString());
    }

    /** The builder's field of a component: a PATCH field starts absent, a list empty, anything else {@code null}. */
    private String field(JavaCode code, Component c, String nullable) {
        if (isPatchField(c.type)) {
            return code.plainType(c.type) + " " + c.name + " = " + code.name(PATCH_FIELD) + ".absent()";
        }
        if (isList(c.type)) {
            return code.plainType(c.type) + " " + c.name + " = " + code.name(LIST) + ".of()";
        }
        return code.type(c.type, JavaCode.NONE, false, List.of(nullable)) + " " + c.name;
    }

    private void setters(
            StringBuilder out, JavaCode code, RecordModel record, Component c, String builder, String nullable) {
        boolean patchField = isPatchField(c.type);
        TypeMirror valueType =
                patchField ? ((DeclaredType) c.type).getTypeArguments().get(0) : c.type;
        String parameter = patchField || !isList(c.type)
                ? code.type(valueType, JavaCode.NONE, false, List.of(nullable))
                : code.plainType(valueType);
        String what = "{@link " + record.name + "#" + c.name + "()}";
        String more = c.doc
                + (patchField
                        ? "\n\n<p>{@code null} makes the PATCH set the field to {@code null}; a field never set is left"
                                + " out of the PATCH."
                        : "");
        out.append('\n');
        javadoc(out, "    ", "Sets " + what + ".\n\n<p>" + more);
        out.append("    public ")
                .append(builder)
                .append(' ')
                .append(c.name)
                .append('(')
                .append(parameter)
                .append(' ')
                .append(c.name)
                .append(") {\n");
        out.append("        this.")
                .append(c.name)
                .append(" = ")
                .append(patchField ? code.name(PATCH_FIELD) + ".ofNullable(" + c.name + ")" : c.name)
                .append(";\n");
        out.append("        return self();\n    }\n");
        if (isType(valueType, CI_STRING)) {
            out.append('\n');
            javadoc(out, "    ", "Sets " + what + " from its spelling.\n\n<p>" + more);
            out.append("    public ")
                    .append(builder)
                    .append(' ')
                    .append(c.name)
                    .append('(')
                    .append(nullable)
                    .append(" String ")
                    .append(c.name)
                    .append(") {\n");
            out.append("        return ")
                    .append(c.name)
                    .append('(')
                    .append(code.name(CI_STRING))
                    .append(".ofNullable(")
                    .append(c.name)
                    .append("));\n    }\n");
        }
    }

    // ---- the PATCH type

    private String patch(RecordModel record) {
        String patch = record.name + "Patch";
        String target = decapitalize(record.name);
        JavaCode code = new JavaCode(processingEnv.getElementUtils(), record.packageName, Set.of(patch, "Builder"));
        String appended = record.components.stream()
                .filter(Component::appends)
                .map(c -> "{@code " + c.wireName + "}")
                .reduce((a, b) -> a + ", " + b)
                .orElse("");

        StringBuilder doc = new StringBuilder()
                .append("The body of a PATCH of a {@link ")
                .append(record.name)
                .append(
                        "}, written by ocpi-model's annotation processor from it: only the fields to change, each {@link ")
                .append(code.name(PATCH_FIELD))
                .append("#absent() absent} (unchanged), {@code null} or a new value, and always {@code last_updated}")
                .append(" ({@code [[transport_and_format_patch]]}). A PATCH may not set a field that {@link ")
                .append(record.name)
                .append("} requires to {@code null}.");
        if (!appended.isEmpty()) {
            doc.append("\n\n<p>The elements of ")
                    .append(appended)
                    .append(" are added after the existing ones rather than replacing them; an absent, empty or {@code")
                    .append(" null} list changes nothing.");
        }
        doc.append("\n\n<pre>{@code\n")
                .append(patch)
                .append(" patch = ")
                .append(patch)
                .append(".builder().lastUpdated(Instant.now()).build();\n")
                .append(record.name)
                .append(" updated = patch.applyTo(current);\n}</pre>\n\n<p>Instances are immutable and thread-safe.\n");
        for (Component c : record.components) {
            doc.append("\n@param ")
                    .append(c.name)
                    .append(' ')
                    .append(c.doc)
                    .append(
                            c.appends
                                    ? " A PATCH adds its elements after the existing ones; an absent, empty or {@code"
                                            + " null} list changes nothing."
                                    : "");
        }

        StringBuilder out = new StringBuilder();
        javadoc(out, "", doc.toString());
        out.append(generated(code)).append('\n');
        out.append('@').append(code.name(GENERATE_BUILDER)).append('\n');
        out.append("public record ").append(patch).append('(');
        List<String> components = new ArrayList<>();
        for (Component c : record.components) {
            components.add("\n        " + patchComponent(code, c));
        }
        out.append(String.join(",", components)).append(") {\n\n");

        javadoc(out, "    ", "Makes {@code null} fields absent.");
        out.append("    public ").append(patch).append(" {\n");
        for (Component c : record.components) {
            if (!c.lastUpdated()) {
                out.append("        ")
                        .append(c.name)
                        .append(" = ")
                        .append(code.name(PATCHES))
                        .append(".orAbsent(")
                        .append(c.name)
                        .append(");\n");
            }
        }
        out.append("    }\n\n");

        javadoc(
                out,
                "    ",
                "Returns {@code " + target
                        + "} with this PATCH applied: the fields it mentions replaced, the others kept"
                        + (appended.isEmpty() ? "" : ", and the elements of " + appended + " added after its own")
                        + ".\n\n@param " + target + " the object as it is\n@return the object as this PATCH leaves it");
        out.append("    public ")
                .append(record.name)
                .append(" applyTo(")
                .append(record.name)
                .append(' ')
                .append(target)
                .append(") {\n");
        List<String> arguments = new ArrayList<>();
        for (Component c : record.components) {
            String current = target + "." + c.name + "()";
            String argument = c.lastUpdated()
                    ? "this." + c.name
                    : c.appends
                            ? code.name(PATCHES) + ".appended(" + current + ", this." + c.name + ")"
                            : "this." + c.name + ".applyTo(" + current + ")";
            arguments.add(argument);
        }
        out.append(construct(record.name, arguments));

        javadoc(out, "    ", "Returns a new, empty builder.");
        out.append("    public static Builder builder() {\n        return new Builder();\n    }\n\n");
        javadoc(out, "    ", "Returns a builder holding this PATCH's fields.");
        out.append("    public Builder toBuilder() {\n        return new Builder().from(this);\n    }\n\n");
        javadoc(
                out,
                "    ",
                "Builds {@link " + patch + "} objects; {@link #build()} does not validate. Not thread-safe.");
        out.append("    public static final class Builder extends ")
                .append(patch)
                .append("BuilderBase {\n        private Builder() {}\n    }\n}\n");
        return code.file(out.toString());
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
            type = code.type(c.type, JavaCode.NONE, true, List.of());
        } else {
            boolean valid = hasAnnotation(c.annotations, VALID) || hasAnnotation(c.type.getAnnotationMirrors(), VALID);
            String argument =
                    code.type(c.type, JavaCode.NONE, true, valid ? List.of("@" + code.name(VALID)) : List.of());
            type = code.name(PATCH_FIELD) + "<" + argument + ">";
        }
        annotations.add(type + " " + c.name);
        return String.join(" ", annotations);
    }

    // ---- helpers

    private String generated(JavaCode code) {
        return "@" + code.name(GENERATED) + "(\"" + ModelProcessor.class.getName() + "\")";
    }

    /** Writes a Javadoc comment of {@code text}, indented, its lines outside {@code <pre>} wrapped at 120. */
    private static void javadoc(StringBuilder out, String indent, String text) {
        int width = 120 - indent.length() - 3;
        if (!text.contains("\n") && text.length() + 4 <= width) {
            out.append(indent).append("/** ").append(text).append(" */\n");
            return;
        }
        out.append(indent).append("/**\n");
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
        out.append(indent).append(" */\n");
    }

    /** The end of a method that returns a new {@code type} of {@code arguments}, one a line. */
    private static String construct(String type, List<String> arguments) {
        return "        return new " + type + "("
                + String.join(
                        ",",
                        arguments.stream().map(a -> "\n                " + a).toList())
                + ");\n    }\n\n";
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
