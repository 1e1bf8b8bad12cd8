package io.orderhub.shell.internal;

import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobService;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import java.util.List;

/** Completes the ids of jobs that are queued or running (among the 200 newest): the ones a cancel can stop. */
@Service
public class OpenJobIdCompleter implements Completer {

    @Reference
    JobService jobs;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> values;
        try {
            values = jobs.list(null, 200).stream().filter(j -> !j.isFinished()).map(Job::id).toList();
        } catch (RuntimeException e) {
            // completion must never break the console; without values there is simply nothing to offer
            return -1;
        }
        return new StringsCompleter(values).complete(session, commandLine, candidates);
    }
}
