package org.releaseradar.stack.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@code java} command line for a child JVM with a parent watch. */
public final class JvmCommand {

    private JvmCommand() {
    }

    /**
     * {@code java <jvmOptions> -javaagent:<agent> <launch...>} where {@code launch} is either
     * {@code -cp <cp> <main> <args>} or {@code -jar <jar> <args>}.
     */
    public static List<String> of(Path javaExecutable, Path parentWatchAgent, List<String> jvmOptions, List<String> launch) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.addAll(jvmOptions);
        command.add("-javaagent:" + parentWatchAgent);
        command.addAll(launch);
        return List.copyOf(command);
    }
}
