package org.releaseradar.stack.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes a java agent jar holding {@link ParentWatch}, so any child JVM (including ones whose main
 * class is not ours) can be given a parent watch with {@code -javaagent:<jar>}.
 *
 * <p>The class bytes come from our own class loader, so this works from target/classes, from a jar
 * and from Surefire's manifest-only booter alike. The class is compiled for Java 17, which any
 * later JDK loads.
 */
public final class ParentWatchAgentJar {

    private ParentWatchAgentJar() {
    }

    /** Writes (or rewrites) the agent jar at {@code jar} and returns it. */
    public static Path write(Path jar) {
        String entryName = ParentWatch.class.getName().replace('.', '/') + ".class";
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), ParentWatch.class.getName());
        try {
            Files.createDirectories(jar.toAbsolutePath().getParent());
            // Write beside and move, so a child starting concurrently never sees half a jar.
            Path temp = Files.createTempFile(jar.toAbsolutePath().getParent(), "parent-watch", ".tmp");
            try (InputStream classBytes = ParentWatch.class.getClassLoader().getResourceAsStream(entryName);
                 OutputStream out = Files.newOutputStream(temp);
                 JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
                if (classBytes == null) {
                    throw new IllegalStateException("Cannot read " + entryName + " from the class path");
                }
                jarOut.putNextEntry(new JarEntry(entryName));
                classBytes.transferTo(jarOut);
                jarOut.closeEntry();
            }
            Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the parent-watch agent " + jar, e);
        }
    }
}
