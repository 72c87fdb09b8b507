package io.github.ocpi4j.model.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/**
 * One source file being written: types and annotations as source text, with the imports they need. A simple name
 * is used where it is unambiguous, the qualified name otherwise.
 */
final class JavaCode {
    private final Elements elements;
    private final String packageName;
    private final Set<String> declared;
    private final Map<String, String> names = new TreeMap<>(); // simple name -> qualified name

    /**
     * @param elements the compiler's element utilities
     * @param packageName the package of the file
     * @param declared the simple names the file declares, which imports must not shadow
     */
    JavaCode(Elements elements, String packageName, Set<String> declared) {
        this.elements = elements;
        this.packageName = packageName;
        this.declared = declared;
    }

    /** Returns how the file names a type given by its canonical name, importing it where that helps. */
    String name(String canonical) {
        int dot = canonical.lastIndexOf('.');
        String simple = canonical.substring(dot + 1);
        String owner = dot < 0 ? "" : canonical.substring(0, dot);
        String taken = names.get(simple);
        boolean free;
        if (owner.equals(packageName)) {
            free = taken == null || taken.equals(canonical);
        } else {
            boolean shadowed = declared.contains(simple)
                    || (owner.equals("java.lang") && elements.getTypeElement(packageName + "." + simple) != null);
            free = !shadowed && (taken == null || taken.equals(canonical));
        }
        if (!free) {
            return canonical;
        }
        names.put(simple, canonical);
        return simple;
    }

    /** Returns how the file names a type. */
    String name(TypeElement type) {
        return name(type.getQualifiedName().toString());
    }

    /**
     * Returns a type as source text. The annotations on the type itself are left out (those of a record component
     * come with its declaration); {@code first} is written there instead.
     *
     * @param type the type
     * @param nested whether the annotations inside it, on type arguments, are kept
     * @param first annotations, as source text, to write on the type itself
     */
    String type(TypeMirror type, boolean nested, List<String> first) {
        return render(type, first, false, nested);
    }

    /** Returns the type with every annotation dropped. */
    String plainType(TypeMirror type) {
        return type(type, false, List.of());
    }

    private String render(TypeMirror type, List<String> first, boolean own, boolean nested) {
        List<String> annotations = new ArrayList<>(first);
        if (own) {
            type.getAnnotationMirrors().forEach(a -> annotations.add(annotation(a)));
        }
        String prefix = String.join(" ", annotations);
        if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declaredType = (DeclaredType) type;
            String text = annotated(prefix, name((TypeElement) declaredType.asElement()));
            if (!declaredType.getTypeArguments().isEmpty()) {
                text += declaredType.getTypeArguments().stream()
                        .map(argument -> render(argument, List.of(), nested, nested))
                        .collect(Collectors.joining(", ", "<", ">"));
            }
            return text;
        }
        if (type.getKind() == TypeKind.ARRAY) {
            String component = render(((ArrayType) type).getComponentType(), List.of(), nested, nested);
            return component + (prefix.isEmpty() ? "" : " " + prefix) + "[]";
        }
        if (type.getKind() == TypeKind.WILDCARD) {
            WildcardType wildcard = (WildcardType) type;
            String text = prefix.isEmpty() ? "?" : prefix + " ?";
            if (wildcard.getExtendsBound() != null) {
                return text + " extends " + render(wildcard.getExtendsBound(), List.of(), nested, nested);
            }
            if (wildcard.getSuperBound() != null) {
                return text + " super " + render(wildcard.getSuperBound(), List.of(), nested, nested);
            }
            return text;
        }
        return annotated(
                prefix, type.getKind().isPrimitive() ? type.getKind().name().toLowerCase() : type.toString());
    }

    /** Returns an annotation as source text: {@code @Size(max = 36)}. */
    String annotation(AnnotationMirror annotation) {
        String name = "@" + name((TypeElement) annotation.getAnnotationType().asElement());
        Map<? extends ExecutableElement, ? extends AnnotationValue> values = annotation.getElementValues();
        if (values.isEmpty()) {
            return name;
        }
        if (values.size() == 1
                && values.keySet().iterator().next().getSimpleName().contentEquals("value")) {
            return name + "(" + value(values.values().iterator().next()) + ")";
        }
        return values.entrySet().stream()
                .map(e -> e.getKey().getSimpleName() + " = " + value(e.getValue()))
                .collect(Collectors.joining(", ", name + "(", ")"));
    }

    /** Returns the canonical name of an annotation's type. */
    static String qualifiedName(AnnotationMirror annotation) {
        return ((TypeElement) annotation.getAnnotationType().asElement())
                .getQualifiedName()
                .toString();
    }

    /** Returns the file: package, imports, then {@code body}. */
    String file(String body) {
        StringBuilder out = new StringBuilder("package ").append(packageName).append(";\n\n");
        names.values().stream()
                .filter(this::needsImport)
                .sorted()
                .forEach(name -> out.append("import ").append(name).append(";\n"));
        return out.append('\n').append(body).toString();
    }

    private boolean needsImport(String canonical) {
        String owner = canonical.substring(0, Math.max(0, canonical.lastIndexOf('.')));
        return !owner.isEmpty() && !owner.equals(packageName) && !owner.equals("java.lang");
    }

    /** Places type annotations where Java wants them: before a simple name, before the last part of a qualified one. */
    private static String annotated(String annotations, String name) {
        if (annotations.isEmpty()) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0
                ? annotations + " " + name
                : name.substring(0, dot + 1) + annotations + " " + name.substring(dot + 1);
    }

    private String value(AnnotationValue value) {
        return value.accept(
                new SimpleAnnotationValueVisitor14<String, Void>() {
                    @Override
                    protected String defaultAction(Object constant, Void unused) {
                        return elements.getConstantExpression(constant);
                    }

                    @Override
                    public String visitType(TypeMirror type, Void unused) {
                        return plainType(type) + ".class";
                    }

                    @Override
                    public String visitEnumConstant(VariableElement constant, Void unused) {
                        return name((TypeElement) constant.getEnclosingElement()) + "." + constant.getSimpleName();
                    }

                    @Override
                    public String visitAnnotation(AnnotationMirror annotation, Void unused) {
                        return annotation(annotation);
                    }

                    @Override
                    public String visitArray(List<? extends AnnotationValue> values, Void unused) {
                        return values.stream().map(JavaCode.this::value).collect(Collectors.joining(", ", "{", "}"));
                    }
                },
                null);
    }
}
