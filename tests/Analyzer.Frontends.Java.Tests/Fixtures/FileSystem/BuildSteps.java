import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.AbstractMojo;

// A Maven goal runs once in its build, one process doing the job its user started: the files it checks and uses are
// that build's own.
class CopyResourcesMojo extends AbstractMojo {
    private Path target;

    public void execute() {
        try {
            if (!Files.exists(target)) {
                Files.write(target, new byte[0]);
            }
        } catch (IOException e) {
            getLog().warn(e);
        }
    }
}

// A class of the same shape that no build tool runs as a step can be called from anywhere.
class CopyResources {
    private Path target;

    public void execute() throws IOException {
        if (!Files.exists(target)) { // Secondary [check]
            Files.write(target, new byte[0]); // Noncompliant [TOCTOU004] {{Files.exists checks target at line 28 and Files.write uses it at line 29; the path can appear, vanish or be swapped in between}}
        }
    }
}
