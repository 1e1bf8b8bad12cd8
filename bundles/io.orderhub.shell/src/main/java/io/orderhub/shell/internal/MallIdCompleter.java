package io.orderhub.shell.internal;

import io.orderhub.core.service.MallRegistry;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import java.util.List;

/** Completes the ids of the installed malls. */
@Service
public class MallIdCompleter implements Completer {

    @Reference
    MallRegistry malls;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> values;
        try {
            values = malls.malls().stream().map(m -> m.id()).toList();
        } catch (RuntimeException e) {
            // completion must never break the console; without values there is simply nothing to offer
            return -1;
        }
        return new StringsCompleter(values).complete(session, commandLine, candidates);
    }
}
