package org.tiercare.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims between two processes, as two runs meet: inside one JVM the JVM's own lock table would hide a claim that
 * the operating system has dropped (POSIX drops a process's locks when it closes any descriptor of the file), so
 * this test holds the claim in a second JVM, then kills it with SIGKILL as {@code kill -9} would.
 */
class ResultsFolderProcessTest {
    @TempDir Path root;

    @Test
    void aClaimHeldByAnotherProcessIsRefusedAndItsLeftoversCleanedOnceItIsKilled() throws Exception {
        Path out = root.resolve("r");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ClaimHolder.class.getName(), out.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String staging = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertTrue(staging != null && staging.startsWith(".r.partial-"), "the holder claimed: " + staging);
            ResultsExistException e = assertThrows(ResultsExistException.class, () -> ResultsFolder.open(out, true));
            assertEquals(ResultsExistException.Reason.IN_USE, e.reason());
            assertEquals(Long.toString(holder.pid()), e.holder());
            // Still refused the second time: looking did not release it.
            assertThrows(ResultsExistException.class, () -> ResultsFolder.open(out, false));
            assertTrue(Files.isDirectory(root.resolve(staging)), "a living owner's staging folder is kept");

            holder.destroyForcibly();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
            try (ResultsFolder f = ResultsFolder.open(out, false)) {
                assertEquals(List.of(staging), f.cleaned());
                f.commit();
            }
            assertFalse(Files.exists(root.resolve(staging)));
            try (var s = Files.list(root)) {
                assertEquals(List.of("r"), s.map(p -> p.getFileName().toString()).toList());
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
