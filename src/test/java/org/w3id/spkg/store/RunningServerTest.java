package org.w3id.spkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunningServerTest {

  private static final URI ENDPOINT = URI.create("http://localhost:9/spkg/sparql");

  @TempDir Path folder;

  @Test
  void announce_writesAMarkerThatReadsBack_andWithdrawRemovesIt() {
    RunningServer announced = RunningServer.announce(folder, ENDPOINT);
    assertThat(announced.pid()).isEqualTo(ProcessHandle.current().pid());
    assertThat(RunningServer.read(folder)).contains(announced);
    assertThat(RunningServer.marked(folder, announced.pid())).contains(announced);
    assertThat(RunningServer.marked(folder, announced.pid() + 1)).isEmpty();

    announced.withdraw(folder);
    assertThat(folder.resolve(RunningServer.FILE)).doesNotExist();
    assertThat(RunningServer.read(folder)).isEmpty();
  }

  @Test
  void withdraw_leavesTheMarkerOfAnotherServer() {
    RunningServer.announce(folder, ENDPOINT);
    new RunningServer(ENDPOINT, 999_999_999L, Instant.now()).withdraw(folder);
    assertThat(folder.resolve(RunningServer.FILE)).exists();
  }

  @Test
  void aMarkerThatCannotBeRead_isAsGoodAsNone() throws IOException {
    Files.writeString(folder.resolve(RunningServer.FILE), "endpoint=ftp\\://x/\npid=x\n");
    assertThat(RunningServer.read(folder)).isEmpty();
  }

  @Test
  void aMarkerOfAProcessThatIsGone_isStale() {
    RunningServer gone = new RunningServer(ENDPOINT, 999_999_999L, Instant.now());
    assertThat(gone.alive()).isFalse();
    assertThat(gone.answers()).as("nothing listens on port 9").isFalse();
  }

  @Test
  void values_areChecked() {
    Instant now = Instant.now();
    assertThatThrownBy(() -> new RunningServer(URI.create("ftp://x/"), 1, now))
        .hasMessageContaining("http(s) URL");
    assertThatThrownBy(() -> new RunningServer(ENDPOINT, 0, now))
        .hasMessageContaining("at least 1");
  }
}
