package io.claimtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell helpers behind jobs/claimtrace and jobs/submit, under the scripts' own strict mode. */
class JobScriptsTest {
  @TempDir Path root;

  private String jobJar() throws IOException, InterruptedException {
    Path common = Path.of("jobs/common.sh").toAbsolutePath();
    Process p = new ProcessBuilder("bash", "-c",
        "set -euo pipefail; source \"$1\"; ROOT=\"$2\"; jar=$(job_jar); echo \"[$jar]\"", "test", common.toString(), root.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), "job_jar must not end a strict-mode script: " + out);
    return out;
  }

  @Test
  void aFreshCheckoutWithoutAJarGetsAnEmptyAnswerSoTheScriptCanBuild() throws Exception {
    assertEquals("[]", jobJar());
    Files.createDirectories(root.resolve("target"));
    assertEquals("[]", jobJar());
  }

  @Test
  void aBuiltJarIsFound() throws Exception {
    Path jar = Files.createDirectories(root.resolve("target")).resolve("claimtrace-0.1.0-SNAPSHOT-job.jar");
    Files.write(jar, new byte[0]);
    assertEquals("[" + jar + "]", jobJar());
  }
}
