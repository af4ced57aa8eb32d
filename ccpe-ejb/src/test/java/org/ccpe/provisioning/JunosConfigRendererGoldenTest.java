package org.ccpe.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rendered documents of {@link ExampleSites#golden()} against {@code src/test/resources/golden/<name>.xml},
 * compared with white space between elements ignored.
 *
 * <p>When a rendering change is intended, regenerate the files and review their diff before
 * committing them:
 *
 * <pre>
 * mvn -o test -pl ccpe-ejb -Dtest=JunosConfigRendererGoldenTest -Dgolden.update=true
 * </pre>
 */
class JunosConfigRendererGoldenTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static List<ExampleSites.Golden> golden() {
    return ExampleSites.golden();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void rendersAsTheGoldenFileSays(ExampleSites.Golden golden) throws IOException {
    String rendered = golden.render();
    Path file = GOLDEN.resolve(golden.name() + ".xml");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, rendered, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), () -> file + " is missing; run with -Dgolden.update=true to write it");
    assertEquals(normalized(Files.readString(file, StandardCharsets.UTF_8)), normalized(rendered),
        () -> golden.name() + " differs from " + file + " (regenerate with -Dgolden.update=true if intended)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void sendsTheRouterTheSameDocumentWithoutLayout(ExampleSites.Golden golden) {
    String compact = new JunosConfigRenderer().renderCompact(golden.sites(), golden.removals());
    assertEquals(normalized(golden.render()), compact);
  }

  /** The document with white space between elements, and at both ends, removed. */
  static String normalized(String xml) {
    return xml.replaceAll(">\\s+<", "><").strip();
  }
}
