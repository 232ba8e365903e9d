import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

class Cleanup {
    void removeStale(File marker) {
        if (marker.exists()) {
            marker.delete(); // false when it vanished in between, and dropped: the lost race changes nothing
        }
    }

    // An exclusive create fails when the file is there: no check, no race.
    boolean claim(File marker) throws IOException {
        return marker.createNewFile();
    }

    void writeOnce(Path target, byte[] data) throws IOException {
        if (!Files.exists(target)) { // Secondary [check]
            Files.write(target, data); // Noncompliant [TOCTOU004] {{Files.exists checks target at line 19 and Files.write uses it at line 20; the path can appear, vanish or be swapped in between}}
        }
    }

    // createDirectories tolerates a directory that is already there.
    void prepare(Path dir) throws IOException {
        Files.createDirectories(dir);
    }

    // mkdirs does nothing when the directory is there: the check only saves a call.
    void ensureDir(File dir) {
        if (!dir.exists()) {
            dir.mkdirs();
        }
    }

    // One call that tolerates a missing file.
    void removeIfThere(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    // The file can vanish between the check and the read, which then throws instead of returning null.
    byte[] readIfPresent(Path file) throws IOException {
        if (Files.exists(file)) { // Secondary [check]
            return Files.readAllBytes(file); // Noncompliant [TOCTOU004] {{Files.exists checks file at line 43 and Files.readAllBytes uses it at line 44; the path can appear, vanish or be swapped in between}}
        }
        return null;
    }

    // f.toPath() and p.toFile() name the file they convert.
    java.io.InputStream openChecked(File config) throws IOException {
        if (!config.exists()) { // Secondary [check]
            return null;
        }
        return Files.newInputStream(config.toPath()); // Noncompliant [TOCTOU004] {{File.exists checks config at line 51 and Files.newInputStream uses it at line 54; the path can appear, vanish or be swapped in between}}
    }

    java.io.InputStream openPath(Path config) throws IOException {
        if (Files.isRegularFile(config)) { // Secondary [check]
            return new java.io.FileInputStream(config.toFile()); // Noncompliant [TOCTOU004] {{Files.isRegularFile checks config at line 58 and new FileInputStream uses it at line 59; the path can appear, vanish or be swapped in between}}
        }
        return null;
    }

    // The delete's answer decides an error, which a path that vanished in between turns into a false failure.
    void removeOrFail(File marker) throws IOException {
        if (marker.exists()) { // Secondary [check]
            if (!marker.delete()) { // Noncompliant [TOCTOU004] {{File.exists checks marker at line 66 and File.delete uses it at line 67; the path can appear, vanish or be swapped in between}}
                throw new IOException("cannot remove " + marker);
            }
        }
    }

    // The exception of the lost race is caught where it happens.
    byte[] readOrEmpty(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new byte[0];
        }
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException vanished) {
            return new byte[0];
        }
    }
}

// A helper reads the file the constructor checked: the message names the call that reads it.
class IniFile {
    private final Path ini;
    private final java.util.List<String> lines = new java.util.ArrayList<>();

    IniFile(Path dir) throws IOException {
        this.ini = dir.resolve("app.ini");
        if (Files.exists(ini)) { // Secondary [check]
            load(); // Noncompliant [TOCTOU004] {{Files.exists checks ini at line 93 and Files.readAllLines in load() uses it at line 94; the path can appear, vanish or be swapped in between}}
        }
    }

    private void load() throws IOException {
        lines.addAll(Files.readAllLines(ini));
    }
}

class Markers {
    // A path that vanishes after the check makes delete() answer false, the answer the method gives for a missing path.
    boolean removeIfThere(File marker) {
        if (!marker.exists()) {
            return false;
        }
        return marker.delete();
    }

    // The answers differ: a path that vanished in between turns "nothing to remove" into a failure.
    boolean removeOrSkip(File marker) {
        if (!marker.exists()) { // Secondary [check]
            return true;
        }
        return marker.delete(); // Noncompliant [TOCTOU004] {{File.exists checks marker at line 114 and File.delete uses it at line 117; the path can appear, vanish or be swapped in between}}
    }
}
