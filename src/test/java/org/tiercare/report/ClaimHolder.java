package org.tiercare.report;

import java.nio.file.Path;

/**
 * A second process for {@link ResultsFolderProcessTest}: claims the folder named by its argument, prints the
 * staging folder's name, and holds the claim until its standard input closes or it is killed.
 */
public final class ClaimHolder {
    private ClaimHolder() {}

    public static void main(String[] args) throws Exception {
        ResultsFolder f = ResultsFolder.open(Path.of(args[0]), false);
        System.out.println(f.path().getFileName());
        System.out.flush();
        while (System.in.read() >= 0) { /* hold the claim */ }
        f.abort();
    }
}
