package io.orderhub.shell.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a command with its output and error line captured. */
final class Console {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static Console run(OrderhubAction action) throws Exception {
        Console console = new Console();
        action.out = new PrintStream(console.out, true, StandardCharsets.UTF_8);
        action.err = new PrintStream(console.err, true, StandardCharsets.UTF_8);
        action.execute();
        return console;
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    String all() {
        return out() + err();
    }
}
