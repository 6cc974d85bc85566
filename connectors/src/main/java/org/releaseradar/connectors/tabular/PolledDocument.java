package org.releaseradar.connectors.tabular;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.releaseradar.connectors.common.http.HttpFetchException;
import org.releaseradar.connectors.common.polling.PollSchedule;
import org.releaseradar.connectors.common.polling.SourceCycles;
import org.releaseradar.connectors.common.polling.StopSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One document (a CSV file or URL) read on a schedule by a task's {@code poll()}: the bytes when the
 * document is due and has changed, nothing otherwise. A read that fails is logged and tried again at
 * the next due time; it never fails the task.
 */
public final class PolledDocument {

    private static final Logger log = LoggerFactory.getLogger(PolledDocument.class);

    private final String label;
    private final DocumentReader reader;
    private final PollSchedule schedule;
    private final StopSignal stop;

    /** @param label what the document is, for log lines (e.g. "Epoch CSV") */
    public PolledDocument(String label, DocumentReader reader, PollSchedule schedule, StopSignal stop) {
        this.label = label;
        this.reader = reader;
        this.schedule = schedule;
        this.stop = stop;
    }

    /** Where the document is read from, for messages and dead-letter headers. */
    public String where() {
        return reader.location().display();
    }

    /**
     * The document when it is due and changed since the last read; empty when it is not due yet
     * (after a bounded wait, so the worker keeps control), unchanged, unreadable this time, or the
     * task is stopping.
     */
    public Optional<byte[]> next() {
        if (!schedule.isDue()) {
            try {
                PollSchedule.awaitSoonest(List.of(schedule), stop);
            } catch (InterruptedException stopping) {
                // stop() was called
            }
            return Optional.empty();
        }
        schedule.polled();
        try {
            Optional<byte[]> changed = reader.readIfChanged();
            SourceCycles.succeeded(label, where());
            return changed;
        } catch (HttpFetchException | IOException e) {
            log.warn("{} {} not read this time: {}", label, where(), e.getMessage());
            SourceCycles.failed(label, where(), e.getMessage());
            return Optional.empty();
        } catch (InterruptedException stopping) {
            return Optional.empty();
        }
    }
}
