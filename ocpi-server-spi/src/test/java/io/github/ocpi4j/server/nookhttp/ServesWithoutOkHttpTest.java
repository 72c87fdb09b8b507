package io.github.ocpi4j.server.nookhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A host serves OCPI without OkHttp, okio and Kotlin on its class path: only the credentials handshake, which calls
 * the registering party back, needs them, and without them it fails with a message that names OkHttp. Loading and
 * running the server and its JDK adapter leaves the JVM's system properties as they were.
 */
class ServesWithoutOkHttpTest {

    @Test
    void servesRequestsWithoutOkHttpAndOnlyTheHandshakeAsksForIt() throws Exception {
        Map<Object, Object> propertiesBefore = new HashMap<>(System.getProperties());
        try (URLClassLoader withoutOkHttp = new URLClassLoader(classPathWithout("okhttp", "okio", "kotlin"), null)) {
            assertThatThrownBy(() -> Class.forName("okhttp3.HttpUrl", false, withoutOkHttp))
                    .isInstanceOf(ClassNotFoundException.class);

            @SuppressWarnings("unchecked")
            List<String> lines = (List<String>) Class.forName(HostWithoutOkHttp.class.getName(), true, withoutOkHttp)
                    .getMethod("run")
                    .invoke(null);

            assertThat(lines)
                    .containsExactly(
                            "200 1000",
                            "200 1000 <https://cpo.example.com/ocpi/2.2.1/sender/locations?date_from=2024-01-01T00:00:00Z"
                                    + "&offset=1&limit=1>; rel=\"next\"",
                            "401 2000",
                            "failed: the credentials handshake calls the registering party back with ocpi-client, which"
                                    + " needs OkHttp (com.squareup.okhttp3:okhttp-jvm) on the class path: "
                                    + lines.get(3).substring(lines.get(3).indexOf("java.lang.NoClassDefFoundError")),
                            "200 3000",
                            "adapter on port true");
            assertThat(lines.get(3)).contains("NoClassDefFoundError: okhttp3/");
        }
        Map<Object, Object> propertiesAfter = new HashMap<>(System.getProperties());
        // the JDK itself records user.timezone the first time anything asks for the default time zone
        propertiesAfter.remove("user.timezone");
        propertiesBefore.remove("user.timezone");
        assertThat(propertiesAfter.entrySet())
                .as("system properties set or changed")
                .containsExactlyInAnyOrderElementsOf(propertiesBefore.entrySet());
    }

    /** The test class path without the entries whose file name contains one of these words. */
    private static URL[] classPathWithout(String... words) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Stream.of(classPath.split(File.pathSeparator))
                .filter(entry ->
                        Stream.of(words).noneMatch(Path.of(entry).getFileName().toString()::contains))
                .map(ServesWithoutOkHttpTest::url)
                .toArray(URL[]::new);
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
