package io.orderhub.shell.internal;

import java.io.IOException;

/** Asks the operator for a secret without echoing it. */
@FunctionalInterface
interface SecretPrompt {

    /** @return what the operator typed, or null when there is nothing to read (end of input) */
    String read(String prompt) throws IOException;
}
