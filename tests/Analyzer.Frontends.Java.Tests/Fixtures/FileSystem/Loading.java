import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

// Losing the check-then-use only changes which exception leaves the function when a missing file is refused with a throw and
// the read throws too.
class Loading {
    InputStream open(File config) throws IOException {
        if (!config.exists()) {
            throw new IllegalArgumentException("no such file: " + config);
        }
        return new FileInputStream(config);
    }

    byte[] read(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("missing " + path);
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // A missing file is a normal answer here, but a vanished one throws: the timing changes the result.
    InputStream openIfPresent(File config) throws IOException {
        if (!config.exists()) { // Secondary [check]
            return null;
        }
        return new FileInputStream(config); // Noncompliant [TOCTOU004] {{File.exists checks config at line 32 and new FileInputStream uses it at line 35; the path can appear, vanish or be swapped in between}}
    }

    // The catch goes on after a vanished file as if it had been read.
    byte[] readOrEmpty(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("missing " + path);
        }
        try {
            return Files.readAllBytes(path); // Noncompliant [TOCTOU004] {{Files.exists checks path at line 40 and Files.readAllBytes uses it at line 44; the path can appear, vanish or be swapped in between}}
        } catch (IOException e) {
            return new byte[0];
        }
    }

    // Refusing an existing file with a throw does not make an overwrite safe.
    void create(File target) throws IOException {
        if (target.exists()) {
            throw new IOException("exists: " + target);
        }
        new FileOutputStream(target).close(); // Noncompliant [TOCTOU004] {{File.exists checks target at line 52 and new FileOutputStream uses it at line 55; the path can appear, vanish or be swapped in between}}
    }
}
