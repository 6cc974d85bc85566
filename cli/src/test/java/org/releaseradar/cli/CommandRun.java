package org.releaseradar.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code radar} in-process, as a user would, with its output and errors captured. */
public final class CommandRun {

    public final int exitCode;
    public final String out;
    public final String err;

    private CommandRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    public static CommandRun radar(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine radar = Radar.commandLine();
        radar.setOut(new PrintWriter(out, true));
        radar.setErr(new PrintWriter(err, true));
        int code = radar.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
