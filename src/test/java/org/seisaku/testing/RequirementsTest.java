package org.seisaku.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequirementsTest {
  @TempDir Path tmp;

  @Test
  void namesEveryDevDependencyThatNpmCiHasNotInstalled() throws Exception {
    Path pkg = Files.writeString(tmp.resolve("package.json"),
        "{\"devDependencies\":{\"axe-core\":\"4.14.1\",\"playwright-core\":\"1.65.1\",\"@scope/x\":\"1.0.0\"}}");
    Path modules = tmp.resolve("node_modules");
    Files.createDirectories(modules.resolve("axe-core"));
    Files.writeString(modules.resolve("axe-core/package.json"), "{}");
    Files.createDirectories(modules.resolve("playwright-core")); // a folder without its package.json: not installed
    assertEquals(List.of("playwright-core", "@scope/x"), Requirements.missingNodeModules(pkg, modules));
  }
}
