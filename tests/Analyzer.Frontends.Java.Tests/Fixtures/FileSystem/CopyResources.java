import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

// A class of the same shape as BuildSteps.java's goal that no build tool runs as a step, in a file of its own, can be
// called from anywhere.
class CopyResources {
    private Path target;

    public void execute() throws IOException {
        if (!Files.exists(target)) { // Secondary [check]
            Files.write(target, new byte[0]); // Noncompliant [TOCTOU004] {{Files.exists checks target at line 11 and Files.write uses it at line 12; the path can appear, vanish or be swapped in between}}
        }
    }
}
