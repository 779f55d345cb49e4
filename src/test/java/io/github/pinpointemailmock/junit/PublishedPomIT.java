package io.github.pinpointemailmock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The POM that {@code ./mvnw install} publishes (flattened, without the Spring Boot parent) must name every library the
 * runnable jar carries, with its version: a project that is not a Spring Boot project gets exactly those, and a jar
 * missing from the POM would be missing from its test class path. A dependency reached in this build first through a
 * test or optional dependency is left out of the flattened POM; declaring it directly in pom.xml fixes that.
 */
class PublishedPomIT {

    /**
     * Jars the runnable jar has for reasons of its own: Spring Boot's jar-mode tools, and ASM at the version a test
     * dependency (json-smart) mediates in this build, where the published POM names Jetty's.
     */
    private static final Set<String> ONLY_IN_THE_RUNNABLE_JAR = Set.of("spring-boot-jarmode-tools", "asm");
    /**
     * What the optional AWS SDK clients bring along into the runnable jar, unused there: allowed only while the
     * emulator itself has no AWS SDK dependency (once it has, every SDK jar it carries must be published).
     */
    private static final Set<String> FROM_THE_OPTIONAL_SDK = Set.of("reactive-streams", "http-client-spi",
            "annotations", "utils", "metrics-spi");

    @Test
    void thePublishedPomNamesEveryLibraryOfTheRunnableJarWithItsVersion() throws Exception {
        Set<String> published = publishedJarNames(Path.of(".flattened-pom.xml"));
        Set<String> ignored = new HashSet<>(ONLY_IN_THE_RUNNABLE_JAR);
        if (!usesTheAwsSdk) {
            ignored.addAll(FROM_THE_OPTIONAL_SDK);
        }

        List<String> missing = new ArrayList<>();
        try (ZipFile exec = new ZipFile(runnableJar().toFile())) {
            exec.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
                    .map(name -> name.substring("BOOT-INF/lib/".length()))
                    .filter(jar -> !published.contains(jar))
                    .filter(jar -> ignored.stream().noneMatch(name -> jar.matches(name + "-\\d.*")))
                    .forEach(missing::add);
        }

        assertThat(missing).as("jars of the runnable jar that the published POM does not name (declare them in"
                + " pom.xml)").isEmpty();
    }

    /** Whether the published POM has a dependency of the AWS SDK's group: set by {@link #publishedJarNames}. */
    private boolean usesTheAwsSdk;

    private Set<String> publishedJarNames(Path pom) throws Exception {
        assertThat(pom).as("the flattened POM, written by flatten-maven-plugin").exists();
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                .getDocumentElement();
        assertThat(project.getElementsByTagName("parent").getLength()).as("a parent in the published POM").isZero();
        Set<String> names = new HashSet<>();
        NodeList dependencies = project.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String scope = child(dependency, "scope");
            if (!"true".equals(child(dependency, "optional")) && (scope == null || scope.equals("compile")
                    || scope.equals("runtime"))) {
                names.add(child(dependency, "artifactId") + "-" + child(dependency, "version") + ".jar");
                usesTheAwsSdk |= "software.amazon.awssdk".equals(child(dependency, "groupId"));
            }
        }
        return names;
    }

    private static String child(Element element, String name) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent().trim();
            }
        }
        return null;
    }

    private static Path runnableJar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "*-exec.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        }
        throw new AssertionError("No target/*-exec.jar: the integration tests run after package");
    }
}
