package org.releaseradar.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one {@link LocalStack} per test JVM, started lazily by the first test that
 * asks for it, shared by every test class, stopped (and its data directory deleted) when the
 * test run ends. Inject it as a parameter of a test, constructor or lifecycle method:
 *
 * <pre>
 * &#64;ExtendWith(LocalStackExtension.class)
 * class PipelineIT {
 *     &#64;Test void flows(LocalStack stack) { ... }
 * }
 * </pre>
 *
 * <p>The data directory is a fresh directory inside the folder named by the system property
 * {@value #DATA_DIR_PROPERTY} (point it under {@code target/} in Failsafe's
 * {@code systemPropertyVariables}), or inside {@code java.io.tmpdir} if unset.
 */
public final class LocalStackExtension implements ParameterResolver {

    public static final String DATA_DIR_PROPERTY = "radar.it.dataDir";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        // The root store lives as long as the whole test run, across test classes.
        ExtensionContext.Store store = extensionContext.getRoot().getStore(NAMESPACE);
        try {
            return store.getOrComputeIfAbsent(SharedStack.class, key -> SharedStack.start(), SharedStack.class).stack();
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("Cannot start the local stack: " + e.getMessage(), e);
        }
    }

    /** Closed by JUnit when the root context ends; deletes the data directory it created. */
    @SuppressWarnings("deprecation") // CloseableResource: still what JUnit versions before 5.13 close.
    static final class SharedStack implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final LocalStack stack;
        private final Path dataDir;
        private boolean closed;

        private SharedStack(LocalStack stack, Path dataDir) {
            this.stack = stack;
            this.dataDir = dataDir;
        }

        static SharedStack start() {
            Path dataDir;
            try {
                String configured = System.getProperty(DATA_DIR_PROPERTY);
                Path parent = configured == null || configured.isBlank()
                        ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(configured);
                Files.createDirectories(parent);
                dataDir = Files.createTempDirectory(parent, "local-stack-");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the local stack's data directory", e);
            }
            try {
                return new SharedStack(LocalStack.start(LocalStackOptions.of(dataDir)), dataDir);
            } catch (RuntimeException e) {
                deleteQuietly(dataDir);
                throw e;
            }
        }

        LocalStack stack() {
            return stack;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                stack.close();
            } finally {
                deleteQuietly(dataDir);
            }
        }

        private static void deleteQuietly(Path dir) {
            try {
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                        Files.deleteIfExists(d);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // Leftovers under target/ or the temp folder are harmless; the run's result matters more.
            }
        }
    }
}
