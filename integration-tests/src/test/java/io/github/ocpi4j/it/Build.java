package io.github.ocpi4j.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** What the repository's POMs say about the build: its modules, which of them are published, and their values. */
final class Build {
    static final Path ROOT = Path.of(System.getProperty("ocpi4j.root"));

    /** The jars a published module has beside its POM: the classes and the sources. */
    static final List<String> PUBLISHED_CLASSIFIERS = List.of("", "-sources");

    private Build() {}

    /** The root POM's modules that are jars and do not skip deploy, in the order the POM lists them. */
    static List<String> publishedModules() {
        List<String> published = new ArrayList<>();
        for (String module : children(pom("pom.xml").getDocumentElement(), "modules")) {
            Element project = pom(module + "/pom.xml").getDocumentElement();
            String packaging = text(project, "packaging");
            if ((packaging == null || packaging.equals("jar"))
                    && !"true".equals(text(child(project, "properties"), "maven.deploy.skip"))) {
                published.add(module);
            }
        }
        return published;
    }

    /** The POM at this path below the repository's root. */
    static Document pom(String path) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(ROOT.resolve(path).toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /** The text of the direct child element with this name, or null. */
    static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().trim();
    }

    /** The direct child element with this name, or null (also when {@code parent} is null). */
    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    /** The texts of the grandchildren below the direct child with this name (such as modules/module). */
    static List<String> children(Element parent, String name) {
        return elements(child(parent, name)).stream()
                .map(element -> element.getTextContent().trim())
                .toList();
    }

    /** The child elements of {@code parent}, none when it is null. */
    static List<Element> elements(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent == null ? null : parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
