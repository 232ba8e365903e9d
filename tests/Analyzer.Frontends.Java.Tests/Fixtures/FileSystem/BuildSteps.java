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

// A helper in the goal's file does the goal's job.
class StagingArea {
    private Path staging;

    void prepare() throws IOException {
        if (!Files.exists(staging)) {
            Files.write(staging, new byte[0]);
        }
    }
}
