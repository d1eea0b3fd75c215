package org.w3id.spkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFoldersTest {

  @AfterEach
  void clearHome() {
    System.clearProperty(ProjectFolders.HOME_PROPERTY);
  }

  @Test
  void locate_withoutHome_findsTheBundledFolder() {
    Path ontology = ProjectFolders.locate("ontology");
    assertThat(ontology.resolve("spkg.ttl")).isRegularFile();
    assertThat(ontology.resolve("reference")).isDirectory();
  }

  @Test
  void locate_withHome_prefersTheFolderOnDisk(@TempDir Path home) throws IOException {
    Files.createDirectories(home.resolve("queries/demo"));
    System.setProperty(ProjectFolders.HOME_PROPERTY, home.toString());
    assertThat(ProjectFolders.locate("queries")).isEqualTo(home.resolve("queries"));
  }

  @Test
  void locate_withHomeLackingTheFolder_fallsBackToTheBundledOne(@TempDir Path home) {
    System.setProperty(ProjectFolders.HOME_PROPERTY, home.toString());
    assertThat(ProjectFolders.locate("queries").resolve("README.md")).isRegularFile();
  }
}
