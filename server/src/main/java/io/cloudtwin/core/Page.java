package io.cloudtwin.core;

import java.util.List;

/** One page of a listing and the total number of matches. */
public record Page<T>(List<T> items, long total) {}
