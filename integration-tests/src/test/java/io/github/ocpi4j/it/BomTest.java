package io.github.ocpi4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * ocpi4j-bom has no parent, so that a host importing it gets nothing of the build's own dependency management; these
 * checks keep what it repeats of the parent (version, OkHttp, plugin versions) in step with it.
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

    @Test
    void bomPinsItsPluginsAtTheParentsVersions() {
        Map<String, String> parents = pluginVersions(parent);
        Map<String, String> boms = pluginVersions(bom);

        assertThat(boms).isNotEmpty();
        boms.forEach((plugin, version) -> assertThat(version).as(plugin).isEqualTo(parents.get(plugin)));
    }

    /** artifactId to version of a POM's pluginManagement, with a ${property} version read from its properties. */
    private static Map<String, String> pluginVersions(Element pom) {
        Map<String, String> versions = new HashMap<>();
        for (Element plugin :
                Build.elements(Build.child(Build.child(Build.child(pom, "build"), "pluginManagement"), "plugins"))) {
            String version = Build.text(plugin, "version");
            if (version.startsWith("${")) {
                version = Build.text(Build.child(pom, "properties"), version.substring(2, version.length() - 1));
            }
            versions.put(Build.text(plugin, "artifactId"), version);
        }
        return versions;
    }

    /** artifactId:version of the BOM's managed dependencies of this group. */
    private List<String> managed(String groupId) {
        return Build.elements(Build.child(Build.child(bom, "dependencyManagement"), "dependencies")).stream()
                .filter(dependency -> groupId.equals(Build.text(dependency, "groupId")))
                .map(dependency -> Build.text(dependency, "artifactId") + ":" + Build.text(dependency, "version"))
                .toList();
    }
}
