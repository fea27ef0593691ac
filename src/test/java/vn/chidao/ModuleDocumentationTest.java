package vn.chidao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Draws the features and their dependencies (Spring Modulith's PlantUML diagrams: all modules in
 * {@code components.puml}, one {@code module-<name>.puml} each) under target/spring-modulith-docs, and keeps the
 * overall diagram in docs/modules/components.puml, where docs/architecture.md refers to it. The kept copy lists
 * its components and relations in a stable order (the Documenter's varies from run to run), so it changes only
 * when the modules do.
 */
@Tag("unit")
class ModuleDocumentationTest {

    private static final Path WRITTEN = Path.of("target", "spring-modulith-docs");
    private static final Path KEPT = Path.of("docs", "modules", "components.puml");
    /** The features that came out of the assignment package (issue 8). */
    private static final List<String> SPLIT = List.of("assignment", "register", "extension", "deadline", "periodic",
            "task");

    @Test
    void writesTheModuleDiagramsAndKeepsTheOverallOneInDocs() throws IOException {
        ApplicationModules modules = ApplicationModules.of(ChidaoApplication.class);

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(WRITTEN.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Files.createDirectories(KEPT.getParent());
        Files.writeString(KEPT, stable(Files.readString(WRITTEN.resolve("components.puml"))));

        String diagram = Files.readString(KEPT);
        assertThat(diagram).startsWith("@startuml");
        for (String name : SPLIT) {
            ApplicationModule module = modules.getModuleByName(name).orElseThrow();
            assertThat(diagram).as("the overall diagram names %s", name).contains(module.getDisplayName());
            assertThat(WRITTEN.resolve("module-" + name + ".puml")).isNotEmptyFile();
        }
    }

    /** The same diagram with its component lines, and its relation lines, each sorted where they stand. */
    static String stable(String diagram) {
        List<String> lines = diagram.lines().toList();
        List<String> components = lines.stream().filter(ModuleDocumentationTest::isComponent).sorted().toList();
        List<String> relations = lines.stream().filter(ModuleDocumentationTest::isRelation).sorted().toList();
        List<String> out = new ArrayList<>();
        boolean componentsWritten = false;
        boolean relationsWritten = false;
        for (String line : lines) {
            if (isComponent(line)) {
                if (!componentsWritten) {
                    out.addAll(components);
                    componentsWritten = true;
                }
            } else if (isRelation(line)) {
                if (!relationsWritten) {
                    out.addAll(relations);
                    relationsWritten = true;
                }
            } else {
                out.add(line);
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static boolean isComponent(String line) {
        return line.trim().startsWith("Component(");
    }

    private static boolean isRelation(String line) {
        return line.startsWith("Rel(");
    }
}
