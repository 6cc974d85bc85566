package org.releaseradar.stack;

import java.nio.file.Path;

/**
 * Test helper run as its own JVM: starts a stack on the data directory given as argument, prints
 * {@code READY} and the addresses, then runs until killed.
 */
public final class LocalStackLauncher {

    private LocalStackLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStack stack;
        try {
            stack = LocalStack.start(LocalStackOptions.of(Path.of(args[0])));
        } catch (RuntimeException e) {
            // Say why and end: a failed start must not leave a JVM that neither reports nor exits.
            System.out.println("FAILED " + e);
            e.printStackTrace(System.out);
            System.out.flush();
            System.exit(1);
            return;
        }
        System.out.println("READY kafka=" + stack.kafkaBootstrapServers() + " registry=" + stack.schemaRegistryUrl()
                + " elasticsearch=" + stack.elasticsearchUrl());
        System.out.flush();
        Thread.currentThread().join();
    }
}
