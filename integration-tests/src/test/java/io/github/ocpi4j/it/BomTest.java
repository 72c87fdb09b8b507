package io.github.ocpi4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * ocpi4j-bom has no parent, so that a host importing it gets nothing of the build's own dependency management; these
 * checks keep what it repeats of the parent in step with it.
 */
class BomTest {
    private final Element parent = Build.pom("pom.xml").getDocumentElement();
    private final Element bom = Build.pom("ocpi4j-bom/pom.xml").getDocumentElement();

    @Test
    void bomHasTheProjectsVersionAndTheParentsOkHttp() {
        assertThat(Build.text(bom, "version")).isEqualTo(Build.text(parent, "version"));
        assertThat(Build.text(Build.child(bom, "properties"), "okhttp.version"))
                .isEqualTo(Build.text(Build.child(parent, "properties"), "okhttp.version"));
    }

    @Test
    void bomListsEveryPublishedModuleAtTheProjectVersion() {
        List<String> published = Build.publishedModules();

        assertThat(published).contains("ocpi-model", "ocpi-client", "ocpi-server-spi");
        assertThat(managed("io.github.ocpi4j"))
                .containsExactlyInAnyOrderElementsOf(
                        published.stream().map(m -> m + ":${project.version}").toList());
    }

    @Test
    void bomImportsOkHttpsBomAtItsOkHttpVersion() {
        assertThat(managed("com.squareup.okhttp3")).containsExactly("okhttp-bom:${okhttp.version}");
    }

    /** artifactId:version of the BOM's managed dependencies of this group. */
    private List<String> managed(String groupId) {
        NodeList dependencies = Build.child(Build.child(bom, "dependencyManagement"), "dependencies")
                .getChildNodes();
        return IntStream.range(0, dependencies.getLength())
                .mapToObj(dependencies::item)
                .filter(node -> node.getNodeType() == Node.ELEMENT_NODE)
                .map(Element.class::cast)
                .filter(dependency -> groupId.equals(Build.text(dependency, "groupId")))
                .map(dependency -> Build.text(dependency, "artifactId") + ":" + Build.text(dependency, "version"))
                .toList();
    }
}
