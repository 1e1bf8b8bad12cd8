package io.orderhub.core.service;

import java.util.List;

/** One page of a history search, newest result first (by result time), with the total number of matches. */
public record HistoryPage(List<HistoryEntry> entries, long total, int offset, int limit) {
}
